package brisk.resolve;

import brisk.base.TextRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The stack of lexical scopes of a body: local bindings by name, innermost last. */
final class LocalScopes {
    private final List<Map<String, TextRange>> stack = new ArrayList<>();

    void push() {
        stack.add(new HashMap<>());
    }

    void pop() {
        stack.removeLast();
    }

    /** Binds {@code name}, shadowing any outer or earlier binding of it. */
    void bind(String name, TextRange patternRange) {
        stack.getLast().put(name, patternRange);
    }

    /** Every name bound in any enclosing scope (for typo suggestions). */
    java.util.Set<String> visibleNames() {
        var names = new java.util.HashSet<String>();
        stack.forEach(scope -> names.addAll(scope.keySet()));
        return names;
    }

    /** The range of the binding pattern {@code name} refers to, or null if it is not a local. */
    TextRange lookup(String name) {
        for (int i = stack.size() - 1; i >= 0; i--) {
            var r = stack.get(i).get(name);
            if (r != null) {
                return r;
            }
        }
        return null;
    }
}
