package brisk.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renders a TOML value back in one-line form ({@code serde = { version = "1" }}) for messages. */
final class TomlInline {
    private TomlInline() {}

    static String entry(String key, Object value) {
        return key(key) + " = " + value(value);
    }

    static String value(Object value) {
        if (value instanceof String s) {
            return quote(s);
        }
        if (value instanceof TomlReader.DateTime dateTime) {
            return dateTime.text();
        }
        if (value instanceof List<?> array) {
            var parts = new ArrayList<String>(array.size());
            for (int i = 0; i < array.size(); i++) {
                parts.add(value(array.get(i)));
            }
            return "[" + String.join(", ", parts) + "]";
        }
        if (value instanceof Map<?, ?> table) {
            var keys = new ArrayList<String>();
            for (Object key : table.keySet()) {
                keys.add((String) key);
            }
            keys.sort(null);
            var parts = new ArrayList<String>(keys.size());
            for (String k : keys) {
                parts.add(entry(k, table.get(k)));
            }
            return parts.isEmpty() ? "{}" : "{ " + String.join(", ", parts) + " }";
        }
        return String.valueOf(value);
    }

    private static String key(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean bare = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_';
            if (!bare) {
                return quote(key);
            }
        }
        return key.isEmpty() ? "\"\"" : key;
    }

    private static String quote(String s) {
        var out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
