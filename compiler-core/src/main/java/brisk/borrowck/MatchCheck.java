package brisk.borrowck;

import brisk.base.TextRange;
import brisk.diagnostics.Applicability;
import brisk.diagnostics.Diagnostic;
import brisk.diagnostics.Span;
import brisk.diagnostics.SubDiagnostic;
import brisk.diagnostics.Suggestion;
import brisk.items.ItemDiagnostic;
import brisk.items.ItemLoc;
import brisk.items.Nodes;
import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import brisk.types.InferenceResult;
import brisk.types.Ty;
import brisk.types.TyDisplay;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * E0004: a {@code match} whose arms do not cover every value of the scrutinee's type, with
 * rustc's message (up to three witnesses, then "and N more"), the "`E` defined here" note with a
 * "not covered" label on each missing variant, the matched type and the suggested arm. Arms with
 * guards do not count; matches brisk cannot analyse ({@link Usefulness.GiveUp}) and empty matches
 * are not reported.
 */
final class MatchCheck {
    private final Space.Types types;
    private final InferenceResult inference;
    private final ItemLoc item;
    private final String bodyText;

    private MatchCheck(Space.Types types, InferenceResult inference, ItemLoc item, String bodyText) {
        this.types = types;
        this.inference = inference;
        this.item = item;
        this.bodyText = bodyText;
    }

    static void check(Space.Types types, InferenceResult inference, ItemLoc item, SyntaxNode body,
                      List<SyntaxNode> nodes, List<ItemDiagnostic> out) {
        var check = new MatchCheck(types, inference, item, body.text());
        for (var node : nodes) {
            if (node.kind() == SyntaxKind.MATCH_EXPR) {
                var d = check.match(node);
                if (d != null) {
                    out.add(d);
                }
            }
        }
    }

    private ItemDiagnostic match(SyntaxNode match) {
        var scrutinee = match.children().isEmpty() ? null : match.children().getFirst();
        var armList = Nodes.child(match, SyntaxKind.MATCH_ARM_LIST);
        if (scrutinee == null || armList == null || scrutinee.kind() == SyntaxKind.MATCH_ARM_LIST) {
            return null;
        }
        var arms = Nodes.children(armList, SyntaxKind.MATCH_ARM);
        Ty ty = inference.exprTypes().get(scrutinee.textRange());
        if (arms.isEmpty() || ty == null || containsError(ty)) {
            return null;
        }
        var lower = new MatchPatterns(types, inference);
        List<List<Pat>> witnesses;
        try {
            var rows = new ArrayList<List<Pat>>();
            for (var arm : arms) {
                var pats = MatchPatterns.subPatterns(arm);
                if (pats.size() != 1) {
                    return null;
                }
                var pat = lower.lower(pats.getFirst(), ty);
                if (Nodes.child(arm, SyntaxKind.MATCH_GUARD) == null) {
                    rows.add(List.of(pat));
                }
            }
            witnesses = new Usefulness(types).missing(rows, List.of(ty), true);
        } catch (Usefulness.GiveUp e) {
            return null;
        }
        if (witnesses.isEmpty()) {
            return null;
        }
        var printer = new Witnesses(types);
        var printed = witnesses.stream().map(w -> printer.print(w.getFirst(), ty)).toList();
        String joined = joined(printed);
        var range = Nodes.significantRange(scrutinee);
        var d = Diagnostic.error("E0004", "non-exhaustive patterns: " + joined + " not covered", span(range),
                (printed.size() == 1 ? "pattern " : "patterns ") + joined + " not covered");
        d = d.withChild(SubDiagnostic.note("the matched value is of type `" + TyDisplay.show(ty) + "`"));
        if (arms.stream().allMatch(a -> Nodes.child(a, SyntaxKind.MATCH_GUARD) != null)) {
            d = d.withChild(SubDiagnostic.note("match arms with guards don't count towards exhaustivity"));
        }
        var suggestion = suggestion(arms, printed);
        if (suggestion != null) {
            d = d.withChild(suggestion);
        }
        var result = new ItemDiagnostic(item, true, d);
        var adt = peel(ty);
        if (adt != null && types.of(adt) instanceof Space space && !(space instanceof Space.Opaque)
                && !isStd(space)) {
            var notCovered = new LinkedHashSet<TextRange>();
            if (space instanceof Space.Enum e) {
                for (var w : witnesses) {
                    variantsOf(w.getFirst(), ty, e, notCovered);
                }
            }
            result = result.withDefSpan(new ItemDiagnostic.DefSpanRef(adt.def(), "`" + TyDisplay.show(adt) + "` defined here",
                    true, true, null, null, List.copyOf(notCovered), "not covered"));
        }
        return result;
    }

    private static boolean isStd(Space space) {
        return space instanceof Space.Enum e && e.prelude();
    }

    /** The name ranges (item-relative) of the variants of {@code e} a witness names, through references. */
    private void variantsOf(Pat pat, Ty ty, Space.Enum e, LinkedHashSet<TextRange> out) {
        if (!(pat instanceof Pat.Ctor c)) {
            return;
        }
        if (ty instanceof Ty.Ref r && c.fields().size() == 1) {
            variantsOf(c.fields().getFirst(), r.inner(), e, out);
        } else if (c.con() instanceof Pat.Variant v && ty instanceof Ty.Adt a && a.def().equals(e.ty().def())) {
            var range = types.variantNameRange(a.def(), v.index());
            if (range != null) {
                out.add(range);
            }
        }
    }

    private static Ty.Adt peel(Ty ty) {
        while (ty instanceof Ty.Ref r) {
            ty = r.inner();
        }
        return ty instanceof Ty.Adt a ? a : null;
    }

    private static boolean containsError(Ty ty) {
        return switch (ty) {
            case Ty.Error e -> true;
            case Ty.Ref r -> containsError(r.inner());
            case Ty.Tuple t -> t.elements().stream().anyMatch(MatchCheck::containsError);
            case Ty.Adt a -> a.args().stream().anyMatch(MatchCheck::containsError);
            default -> false;
        };
    }

    /** rustc's list of witnesses: up to three named, the rest counted. */
    static String joined(List<String> printed) {
        if (printed.size() == 1) {
            return "`" + printed.getFirst() + "`";
        }
        if (printed.size() <= 3) {
            return "`" + String.join("`, `", printed.subList(0, printed.size() - 1)) + "` and `" + printed.getLast() + "`";
        }
        return "`" + String.join("`, `", printed.subList(0, 3)) + "` and " + (printed.size() - 3) + " more";
    }

    /** The new arm after the last one, placed and separated as rustc does. */
    private SubDiagnostic suggestion(List<SyntaxNode> arms, List<String> printed) {
        String message;
        String pattern;
        if (printed.size() == 1) {
            message = "ensure that all possible cases are being handled by adding a match arm with a wildcard "
                    + "pattern or an explicit pattern as shown";
            pattern = printed.getFirst();
        } else if (printed.size() <= 3) {
            message = "ensure that all possible cases are being handled by adding a match arm with a wildcard "
                    + "pattern, a match arm with multiple or-patterns as shown, or multiple match arms";
            pattern = String.join(" | ", printed);
        } else {
            message = "ensure that all possible cases are being handled by adding a match arm with a wildcard "
                    + "pattern as shown, or multiple match arms";
            pattern = "_";
        }
        var last = arms.getLast();
        var bodyExpr = last.children().isEmpty() ? null : last.children().getLast();
        if (bodyExpr == null || MatchPatterns.isPattern(bodyExpr) || bodyExpr.kind() == SyntaxKind.MATCH_GUARD) {
            return null;
        }
        int end = Nodes.significantRange(bodyExpr).end();
        int start = Nodes.significantRange(last).start();
        String separator;
        if (arms.size() == 1) {
            separator = multiline(start, end) ? "\n" + indentation(start) : " ";
        } else {
            int prevEnd = Nodes.significantRange(arms.get(arms.size() - 2)).end();
            separator = bodyText.substring(prevEnd, start).contains("\n") ? "\n" + indentation(start) : " ";
        }
        return SubDiagnostic.suggestion(message, Suggestion.replace(span(new TextRange(end, end)),
                "," + separator + pattern + " => todo!()", Applicability.HAS_PLACEHOLDERS));
    }

    /** Whether the arm, extended over following whitespace and commas, spans several lines. */
    private boolean multiline(int start, int end) {
        int e = end;
        while (e < bodyText.length() && (Character.isWhitespace(bodyText.charAt(e)) || bodyText.charAt(e) == ',')) {
            e++;
        }
        return bodyText.substring(start, e).contains("\n");
    }

    private String indentation(int offset) {
        int lineStart = bodyText.lastIndexOf('\n', offset - 1) + 1;
        int i = lineStart;
        while (i < offset && (bodyText.charAt(i) == ' ' || bodyText.charAt(i) == '\t')) {
            i++;
        }
        return bodyText.substring(lineStart, i);
    }

    private Span span(TextRange range) {
        return new Span(item.file(), range);
    }
}
