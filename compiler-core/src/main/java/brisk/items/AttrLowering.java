package brisk.items;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import brisk.syntax.SyntaxToken;
import java.util.ArrayList;
import java.util.List;

/** Interprets the outer attributes of an item from their tokens ({@code #[cfg(test)]}, {@code #[derive(..)]}, ...). */
final class AttrLowering {
    private AttrLowering() {}

    static Attrs lower(SyntaxNode item) {
        boolean cfgTest = false;
        boolean test = false;
        boolean ignore = false;
        String ignoreReason = null;
        boolean shouldPanic = false;
        String expected = null;
        String pathOverride = null;
        boolean macroExport = false;
        var derives = new ArrayList<String>();
        for (var attr : Nodes.children(item, SyntaxKind.ATTR)) {
            var tokens = significantTokens(attr);
            if (tokens.size() < 3 || tokens.get(1).kind() == SyntaxKind.BANG) {
                continue;
            }
            var body = tokens.subList(2, tokens.size() - 1);
            if (body.isEmpty()) {
                continue;
            }
            String name = body.getFirst().text();
            switch (name) {
                case "cfg" -> cfgTest |= texts(body).equals(List.of("cfg", "(", "test", ")"));
                case "test" -> test |= body.size() == 1;
                case "ignore" -> {
                    ignore = true;
                    if (body.size() == 3 && body.get(1).kind() == SyntaxKind.EQ && body.get(2).kind() == SyntaxKind.STRING) {
                        ignoreReason = StringLiterals.value(body.get(2).text());
                    }
                }
                case "should_panic" -> {
                    shouldPanic = true;
                    for (int i = 0; i + 2 < body.size(); i++) {
                        if (body.get(i).text().equals("expected") && body.get(i + 1).kind() == SyntaxKind.EQ
                                && body.get(i + 2).kind() == SyntaxKind.STRING) {
                            expected = StringLiterals.value(body.get(i + 2).text());
                        }
                    }
                }
                case "derive" -> {
                    for (int i = 1; i < body.size(); i++) {
                        var t = body.get(i);
                        boolean lastOfPath = i + 1 >= body.size() || body.get(i + 1).kind() != SyntaxKind.COLON;
                        if (t.kind() == SyntaxKind.IDENT && lastOfPath) {
                            derives.add(t.text());
                        }
                    }
                }
                case "path" -> {
                    if (body.size() == 3 && body.get(2).kind() == SyntaxKind.STRING) {
                        pathOverride = StringLiterals.value(body.get(2).text());
                    }
                }
                case "macro_export" -> macroExport = true;
                default -> { }
            }
        }
        if (!cfgTest && !test && !ignore && !shouldPanic && derives.isEmpty() && pathOverride == null
                && !macroExport) {
            return Attrs.NONE;
        }
        return new Attrs(cfgTest, test, ignore, ignoreReason, shouldPanic, expected, derives, pathOverride, macroExport);
    }

    private static List<SyntaxToken> significantTokens(SyntaxNode attr) {
        var out = new ArrayList<SyntaxToken>();
        for (var t : attr.descendantTokens()) {
            if (!t.kind().isTrivia()) {
                out.add(t);
            }
        }
        return out;
    }

    private static List<String> texts(List<SyntaxToken> tokens) {
        return tokens.stream().map(SyntaxToken::text).toList();
    }
}
