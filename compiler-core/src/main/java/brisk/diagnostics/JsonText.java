package brisk.diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A tiny JSON writer for the renderers (core has no JSON library). Values are {@code null},
 * {@link String}, {@link Integer}, {@link Boolean}, {@link List} and {@link Map} (written in its
 * iteration order, or with keys sorted the way serde's {@code BTreeMap} sorts them). Strings are
 * escaped like serde_json: quotes, backslashes and control characters only.
 */
final class JsonText {
    private JsonText() {}

    static void write(StringBuilder out, Object value, boolean sortKeys) {
        switch (value) {
            case null -> out.append("null");
            case String s -> string(out, s);
            case Integer i -> out.append(i.intValue());
            case Boolean b -> out.append(b.booleanValue());
            case List<?> list -> {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(out, list.get(i), sortKeys);
                }
                out.append(']');
            }
            case Map<?, ?> map -> {
                out.append('{');
                List<String> keys = new ArrayList<>();
                for (Object k : map.keySet()) {
                    keys.add((String) k);
                }
                if (sortKeys) {
                    keys.sort(null);
                }
                for (int i = 0; i < keys.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    string(out, keys.get(i));
                    out.append(':');
                    write(out, map.get(keys.get(i)), sortKeys);
                }
                out.append('}');
            }
            default -> throw new IllegalArgumentException("not a JSON value: " + value.getClass());
        }
    }

    static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
