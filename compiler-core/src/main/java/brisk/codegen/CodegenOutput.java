package brisk.codegen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The classes generated for one {@link brisk.lower.ir.IrModule}, sorted by internal name. */
public record CodegenOutput(List<EmittedClass> classes) {
    public CodegenOutput {
        classes = List.copyOf(classes);
    }

    /** Internal name → class bytes, in name order. */
    public Map<String, byte[]> asMap() {
        var map = new LinkedHashMap<String, byte[]>();
        for (EmittedClass c : classes) {
            map.put(c.internalName(), c.bytes());
        }
        return Collections.unmodifiableMap(map);
    }

    static final class Builder {
        private final List<EmittedClass> classes = new ArrayList<>();

        void add(String internalName, byte[] bytes) {
            classes.add(new EmittedClass(internalName, bytes));
        }

        CodegenOutput build() {
            classes.sort(Comparator.comparing(EmittedClass::internalName));
            for (int i = 1; i < classes.size(); i++) {
                if (classes.get(i).internalName().equals(classes.get(i - 1).internalName())) {
                    throw new IllegalStateException("two classes named " + classes.get(i).internalName());
                }
            }
            return new CodegenOutput(classes);
        }
    }
}
