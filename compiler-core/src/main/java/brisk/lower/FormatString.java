package brisk.lower;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed {@code format_args!} string: literal pieces and placeholders. A placeholder names its
 * argument by position (explicit or implicit) or by name (a named argument or a captured
 * variable), and carries its spec text after {@code :} (fill, align, flags, width, precision, type).
 */
record FormatString(List<Piece> pieces) {

    sealed interface Piece {}

    record Literal(String text) implements Piece {}

    /**
     * {@code index} is the positional argument, or -1 with {@code name} for a named one.
     * {@code width}/{@code precision} name runtime counts ({@code {:1$}}, {@code {:w$}},
     * {@code {:.*}}), or are null; {@code spec} then holds the rest of the spec without them.
     */
    record Placeholder(int index, String name, String spec, ArgRef width, ArgRef precision) implements Piece {}

    /** An argument a placeholder refers to: positional {@code index}, or {@code name} (index -1). */
    record ArgRef(int index, String name) {}

    private static ArgRef ref(String text) {
        return Character.isDigit(text.charAt(0)) ? new ArgRef(Integer.parseInt(text), null) : new ArgRef(-1, text);
    }

    /** Parses {@code text} (already unescaped); null if it is malformed or uses `$`/`*` width or precision arguments. */
    static FormatString parse(String text) {
        var pieces = new ArrayList<Piece>();
        var lit = new StringBuilder();
        int next = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                lit.append('{');
                i++;
            } else if (c == '}' && i + 1 < text.length() && text.charAt(i + 1) == '}') {
                lit.append('}');
                i++;
            } else if (c == '{') {
                int end = text.indexOf('}', i);
                if (end < 0) {
                    return null;
                }
                String inner = text.substring(i + 1, end);
                int colon = inner.indexOf(':');
                String arg = (colon < 0 ? inner : inner.substring(0, colon)).strip();
                String spec = colon < 0 ? "" : inner.substring(colon + 1);
                ArgRef width = null;
                ArgRef precision = null;
                int dot = spec.indexOf('.');
                if (dot >= 0 && spec.startsWith("*", dot + 1)) {
                    // `.*` takes the precision from the next positional argument, before the value.
                    precision = new ArgRef(next++, null);
                    spec = spec.substring(0, dot) + spec.substring(dot + 2);
                } else if (dot >= 0) {
                    int stop = dot + 1;
                    while (stop < spec.length() && (Character.isLetterOrDigit(spec.charAt(stop)) || spec.charAt(stop) == '_')) {
                        stop++;
                    }
                    if (stop < spec.length() && spec.charAt(stop) == '$') {
                        precision = ref(spec.substring(dot + 1, stop));
                        spec = spec.substring(0, dot) + spec.substring(stop + 1);
                    }
                }
                int dollar = spec.indexOf('$');
                if (dollar >= 0) {
                    int start = dollar;
                    while (start > 0 && (Character.isLetterOrDigit(spec.charAt(start - 1)) || spec.charAt(start - 1) == '_')) {
                        start--;
                    }
                    // A width name cannot start the spec where a fill character could be: `{:x$}` is fine.
                    String name = spec.substring(start, dollar);
                    if (name.isEmpty() || name.equals("0") || spec.indexOf('$', dollar + 1) >= 0) {
                        return null;
                    }
                    width = ref(name);
                    spec = spec.substring(0, start) + spec.substring(dollar + 1);
                }
                if (spec.indexOf('$') >= 0 || spec.contains("*") && spec.indexOf('*') > 0 && ".".equals(
                        spec.substring(spec.indexOf('*') - 1, spec.indexOf('*')))) {
                    return null;
                }
                if (!lit.isEmpty()) {
                    pieces.add(new Literal(lit.toString()));
                    lit.setLength(0);
                }
                if (arg.isEmpty()) {
                    pieces.add(new Placeholder(next++, null, spec, width, precision));
                } else if (Character.isDigit(arg.charAt(0))) {
                    pieces.add(new Placeholder(Integer.parseInt(arg), null, spec, width, precision));
                } else {
                    pieces.add(new Placeholder(-1, arg, spec, width, precision));
                }
                i = end;
            } else if (c == '}') {
                return null;
            } else {
                lit.append(c);
            }
        }
        if (!lit.isEmpty()) {
            pieces.add(new Literal(lit.toString()));
        }
        return new FormatString(pieces);
    }
}
