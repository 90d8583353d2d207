package brisk.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * rustc's {@code CodeSuggestion::splice_lines}: the source lines touched by a suggestion with the
 * suggestion applied, plus which columns of each resulting line are new (to highlight). Parts are
 * first reduced to the text they really insert ({@code trim_trivial_replacements}).
 */
final class SuggestionSplice {
    private SuggestionSplice() {}

    /** A suggestion part after rustc's {@code trim_trivial_replacements}; byte offsets. */
    record Part(SourceView source, int lo, int hi, String snippet, int originalLo) {
        String original() {
            return source.snippet(lo, hi);
        }

        boolean replacesMeaningfulContent() {
            return !original().strip().isEmpty();
        }

        boolean isAddition() {
            return !snippet.isEmpty() && !replacesMeaningfulContent();
        }

        boolean isDeletion() {
            return snippet.strip().isEmpty() && replacesMeaningfulContent();
        }

        boolean isReplacement() {
            return !snippet.isEmpty() && replacesMeaningfulContent();
        }

        /** A replacement that does not merely wrap the original code. */
        boolean isDestructiveReplacement() {
            return isReplacement() && !wraps(original().strip(), snippet.strip());
        }

        boolean isDifferent() {
            return !original().equals(snippet);
        }
    }

    record Highlight(int start, int end) {}

    record Spliced(String complete, List<Part> parts, List<List<Highlight>> highlights, Confusion confusion) {}

    /**
     * rustc's {@code as_substr}: if {@code suggestion} is {@code original} with text inserted at one
     * place, the length of the common prefix and of the common suffix (in characters); else null.
     */
    private static int[] insertionPoint(String original, String suggestion) {
        int[] o = original.codePoints().toArray();
        int[] s = suggestion.codePoints().toArray();
        int prefix = 0;
        while (prefix < o.length && prefix < s.length && o[prefix] == s[prefix]) {
            prefix++;
        }
        int rest = o.length - prefix;
        if (rest > s.length - prefix) {
            return null;
        }
        for (int i = 0; i < rest; i++) {
            if (o[prefix + i] != s[s.length - rest + i]) {
                return null;
            }
        }
        return new int[] {prefix, rest};
    }

    private static boolean wraps(String original, String suggestion) {
        return insertionPoint(original, suggestion) != null;
    }

    private static int utf8Length(int[] cps, int from, int to) {
        return new String(cps, from, to - from).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    /**
     * rustc's {@code trim_trivial_replacements}: a replacement that keeps the original text around
     * an insertion becomes that insertion ({@code (1)} to {@code (1, x)} inserts {@code , x}).
     */
    private static Part trim(int lo, int hi, String snippet, SourceView source) {
        if (!snippet.isEmpty()) {
            String original = source.snippet(lo, hi);
            int[] point = insertionPoint(original, snippet);
            if (point != null) {
                int[] o = original.codePoints().toArray();
                int[] s = snippet.codePoints().toArray();
                int newLo = lo + utf8Length(o, 0, point[0]);
                int newHi = hi - utf8Length(o, o.length - point[1], o.length);
                return new Part(source, newLo, newHi, new String(s, point[0], s.length - point[0] - point[1]), lo);
            }
        }
        return new Part(source, lo, hi, snippet, lo);
    }

    private static int tabWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += cp == '\t' ? 4 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static void pushTrailing(StringBuilder buf, String line, int lo, Integer hi) {
        if (line != null) {
            int[] cps = line.codePoints().toArray();
            if (lo < cps.length) {
                int end = hi != null && hi < cps.length ? hi : cps.length;
                if (hi == null || hi >= cps.length || hi > lo) {
                    for (int i = lo; i < end; i++) {
                        buf.appendCodePoint(cps[i]);
                    }
                }
            }
            if (hi == null) {
                buf.append('\n');
            }
        }
    }

    private static String prefix(String line, int chars) {
        int[] cps = line.codePoints().toArray();
        var sb = new StringBuilder();
        for (int i = 0; i < chars && i < cps.length; i++) {
            sb.appendCodePoint(cps[i]);
        }
        return sb.toString();
    }

    /** rustc's {@code CodeSuggestion::splice_lines} for one substitution. */
    static Spliced splice(Suggestion suggestion, SourceViews views) {
        var parts = new ArrayList<Part>();
        for (SuggestionPart p : suggestion.parts()) {
            parts.add(new Part(views.of(p.span().file()), p.span().range().start(), p.span().range().end(),
                    p.replacement(), p.span().range().start()));
        }
        parts.sort(Comparator.comparingInt(Part::lo));
        SourceView sf = parts.getFirst().source();
        int boundingLo = parts.getFirst().lo();
        SourceView.Loc prevHi = sf.loc(boundingLo);
        int prevHiLine = prevHi.line();
        int prevHiCol = 0;
        String prevLine = sf.line(prevHiLine);
        var buf = new StringBuilder();
        var highlights = new ArrayList<List<Highlight>>();
        var lineHighlight = new ArrayList<Highlight>();
        int acc = 0;
        Confusion confusion = Confusion.NONE;
        var trimmed = new ArrayList<Part>();
        for (Part untrimmed : parts) {
            Part part = trim(untrimmed.lo(), untrimmed.hi(), untrimmed.snippet(), sf);
            trimmed.add(part);
            confusion = confusion.combine(Confusion.of(part.original(), part.snippet()));
            SourceView.Loc curLo = sf.loc(part.lo());
            if (prevHiLine == curLo.line()) {
                pushTrailing(buf, prevLine, prevHiCol, curLo.col());
            } else {
                acc = 0;
                highlights.add(lineHighlight);
                lineHighlight = new ArrayList<>();
                pushTrailing(buf, prevLine, prevHiCol, null);
                for (int idx = prevHiLine; idx < curLo.line() - 1; idx++) {
                    String line = sf.line(idx + 1);
                    if (line != null) {
                        buf.append(line).append('\n');
                        highlights.add(lineHighlight);
                        lineHighlight = new ArrayList<>();
                    }
                }
                String curLine = sf.line(curLo.line());
                if (curLine != null) {
                    buf.append(prefix(curLine, curLo.col()));
                }
            }
            String firstLine = part.snippet().split("\n", -1)[0];
            int len = tabWidth(firstLine);
            if (part.isDifferent()) {
                lineHighlight.add(new Highlight(curLo.col() + acc, curLo.col() + acc + len));
            }
            buf.append(part.snippet());
            SourceView.Loc curHi = sf.loc(part.hi());
            acc += len - (curHi.col() - curLo.col());
            prevHiLine = curHi.line();
            prevHiCol = curHi.col();
            prevLine = sf.line(curHi.line());
            String[] snippetLines = part.snippet().split("\n", -1);
            for (int i = 1; i < snippetLines.length; i++) {
                acc = 0;
                highlights.add(lineHighlight);
                lineHighlight = new ArrayList<>();
                lineHighlight.add(new Highlight(0, tabWidth(snippetLines[i])));
            }
        }
        highlights.add(lineHighlight);
        if (buf.isEmpty() || buf.charAt(buf.length() - 1) != '\n') {
            pushTrailing(buf, prevLine, prevHiCol, null);
        }
        while (!buf.isEmpty() && buf.charAt(buf.length() - 1) == '\n') {
            buf.setLength(buf.length() - 1);
        }
        if (highlights.stream().allMatch(List::isEmpty)) {
            return null;
        }
        return new Spliced(buf.toString(), trimmed, highlights, confusion);
    }
}
