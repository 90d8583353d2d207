package brisk.build;

import brisk.lower.TestEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * The test list file handed to {@link TestLauncher}: one line per test, tab-separated fields
 * (name, class, method, ignore, "=reason" or "", should_panic, "=expected" or "", location),
 * with backslash escapes for tab, newline and backslash.
 */
final class TestList {
    private TestList() {}

    static String render(List<TestEntry> tests, java.util.function.Function<TestEntry, String> classOf) {
        var out = new StringBuilder();
        for (TestEntry t : tests) {
            out.append(escape(t.name())).append('\t').append(classOf.apply(t)).append('\t').append(t.fn().name())
                    .append('\t').append(t.ignore() ? "1" : "0")
                    .append('\t').append(t.ignoreReason() == null ? "" : "=" + escape(t.ignoreReason()))
                    .append('\t').append(t.shouldPanic() ? "1" : "0")
                    .append('\t').append(t.expected() == null ? "" : "=" + escape(t.expected()))
                    .append('\t').append(escape(t.location())).append('\n');
        }
        return out.toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    static List<String> split(String line) {
        var fields = new ArrayList<String>();
        var cur = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char n = line.charAt(++i);
                cur.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
            } else if (c == '\t') {
                fields.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        fields.add(cur.toString());
        return fields;
    }
}
