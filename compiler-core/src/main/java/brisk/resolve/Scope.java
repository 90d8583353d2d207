package brisk.resolve;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** The names a module defines or imports, per namespace, sorted so equal scopes compare equal cheaply. */
public record Scope(Map<String, Binding> types, Map<String, Binding> values, Map<String, Binding> macros) {
    public Scope {
        types = Collections.unmodifiableMap(new TreeMap<>(types));
        values = Collections.unmodifiableMap(new TreeMap<>(values));
        macros = Collections.unmodifiableMap(new TreeMap<>(macros));
    }

    public Map<String, Binding> namespace(Namespace ns) {
        return switch (ns) {
            case TYPES -> types;
            case VALUES -> values;
            case MACROS -> macros;
        };
    }

    public Binding get(Namespace ns, String name) {
        return namespace(ns).get(name);
    }
}
