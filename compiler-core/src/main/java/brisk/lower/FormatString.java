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

    /** {@code index} is the positional argument, or -1 with {@code name} for a named one. */
    record Placeholder(int index, String name, String spec) implements Piece {}

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
                if (spec.indexOf('$') >= 0 || spec.contains(".*")) {
                    return null;
                }
                if (!lit.isEmpty()) {
                    pieces.add(new Literal(lit.toString()));
                    lit.setLength(0);
                }
                if (arg.isEmpty()) {
                    pieces.add(new Placeholder(next++, null, spec));
                } else if (Character.isDigit(arg.charAt(0))) {
                    pieces.add(new Placeholder(Integer.parseInt(arg), null, spec));
                } else {
                    pieces.add(new Placeholder(-1, arg, spec));
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
