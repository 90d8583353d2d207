package brisk.codegen;

import brisk.diagnostics.Diagnostic;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The classes generated for one {@link brisk.lower.ir.IrModule}, sorted by internal name. */
public record CodegenOutput(List<EmittedClass> classes) {
    public CodegenOutput {
        classes = List.copyOf(classes);
    }

    /** Errors of all classes: functions that could not be compiled (see {@link EmittedClass#errors()}). */
    public List<Diagnostic> errors() {
        return classes.stream().flatMap(c -> c.errors().stream()).toList();
    }

    /** Internal name → class bytes, in name order. */
    public Map<String, byte[]> asMap() {
        var map = new LinkedHashMap<String, byte[]>();
        for (EmittedClass c : classes) {
            map.put(c.internalName(), c.bytes());
        }
        return Collections.unmodifiableMap(map);
    }
}
