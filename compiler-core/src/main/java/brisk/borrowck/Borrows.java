package brisk.borrowck;

import brisk.base.TextRange;
import brisk.diagnostics.Diagnostic;
import brisk.diagnostics.Label;
import brisk.diagnostics.Span;
import brisk.items.ItemDiagnostic;
import brisk.items.ItemLoc;
import brisk.items.Nodes;
import brisk.resolve.BodyResolution;
import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import brisk.types.InferenceResult;
import brisk.types.Ty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * E0499 and E0502, conflicting borrows in straight-line code, with NLL's rule that a borrow lives
 * until its last use: {@code let r = &x;} (or {@code &mut x}, {@code &v[i]} of a Vec) in a block, a
 * later statement of the same block borrowing {@code x} in a conflicting way ({@code &mut x},
 * {@code &x}, a method call auto-borrowing {@code x}), and a still later statement using {@code r}.
 * The conflicting borrow must not sit under a branch, loop, closure or macro, no statement in
 * between may leave the block, and {@code r} must be an immutable binding, so the borrow is
 * certainly live at the conflict.
 */
final class Borrows {
    private record Borrow(TextRange local, boolean mutable, TextRange span) {}

    private final InferenceResult inference;
    private final ItemLoc item;
    /** The local each path expression names (by pattern range), by the path expression's start. */
    private final Map<Integer, TextRange> pathLocal = new HashMap<>();
    private final Map<TextRange, String> names = new HashMap<>();

    private Borrows(InferenceResult inference, ItemLoc item) {
        this.inference = inference;
        this.item = item;
    }

    static void check(InferenceResult inference, BodyResolution resolution, ItemLoc item, List<SyntaxNode> nodes,
                      List<ItemDiagnostic> out) {
        var b = new Borrows(inference, item);
        for (var p : resolution.paths()) {
            if (p.local() != null && !(p.local().isEmpty() && p.local().start() == 0)) {
                b.pathLocal.put(p.range().start(), p.local());
            }
        }
        for (var n : nodes) {
            if (n.kind() == SyntaxKind.STMT_LIST && !inside(n, SyntaxKind.CLOSURE_EXPR)) {
                b.block(n, out);
            }
        }
    }

    private void block(SyntaxNode list, List<ItemDiagnostic> out) {
        var stmts = list.children();
        for (int i = 0; i < stmts.size(); i++) {
            var let = stmts.get(i);
            if (let.kind() != SyntaxKind.LET_STMT) {
                continue;
            }
            var pat = let.children().stream().filter(MatchPatterns::isPattern).findFirst().orElse(null);
            var init = let.children().isEmpty() ? null : let.children().getLast();
            if (pat == null || pat.kind() != SyntaxKind.IDENT_PAT || Nodes.hasToken(pat, SyntaxKind.MUT_KW)
                    || Nodes.hasToken(pat, SyntaxKind.REF_KW) || init == null || init.kind() != SyntaxKind.REF_EXPR) {
                continue;
            }
            var borrow = borrowOf(init);
            if (borrow == null) {
                continue;
            }
            for (int j = i + 1; j < stmts.size(); j++) {
                var conflict = conflictIn(stmts.get(j), borrow);
                if (conflict != null) {
                    int use = useAfter(stmts, j, pat.textRange());
                    if (use > 0) {
                        out.add(report(borrow, conflict, lastUse(stmts.get(use), pat.textRange())));
                    }
                    break;
                }
                if (diverges(stmts.get(j))) {
                    break;
                }
            }
        }
    }

    /** The local borrowed by {@code &x}, {@code &mut x} or {@code &v[i]} of a Vec {@code v}, or null. */
    private Borrow borrowOf(SyntaxNode ref) {
        boolean mutable = Nodes.hasToken(ref, SyntaxKind.MUT_KW);
        var operand = ref.children().isEmpty() ? null : ref.children().getFirst();
        if (operand == null) {
            return null;
        }
        if (operand.kind() == SyntaxKind.PATH_EXPR) {
            var local = localOf(operand);
            return local == null ? null : new Borrow(local, mutable, Nodes.significantRange(ref));
        }
        if (operand.kind() == SyntaxKind.INDEX_EXPR && !operand.children().isEmpty()
                && operand.children().getFirst().kind() == SyntaxKind.PATH_EXPR) {
            var base = operand.children().getFirst();
            var local = localOf(base);
            if (local != null && inference.exprTypes().get(base.textRange()) instanceof Ty.Adt a && a.name().equals("Vec")) {
                return new Borrow(local, mutable, Nodes.significantRange(base));
            }
        }
        return null;
    }

    /** A local of a non-reference type, named by a path expression. */
    private TextRange localOf(SyntaxNode pathExpr) {
        var local = pathLocal.get(pathExpr.textRange().start());
        if (local == null) {
            return null;
        }
        Ty ty = inference.bindingTypes().get(local);
        if (ty == null || ty instanceof Ty.Ref || ty instanceof Ty.Error) {
            return null;
        }
        names.put(local, pathExpr.text().strip());
        return local;
    }

    private record Conflict(TextRange span, boolean mutable) {}

    /** The first borrow of the borrowed local in {@code stmt} conflicting with {@code borrow}, in straight-line code. */
    private Conflict conflictIn(SyntaxNode stmt, Borrow borrow) {
        for (var n : stmt.descendants()) {
            if (n.kind() != SyntaxKind.PATH_EXPR || !borrow.local().equals(pathLocal.get(n.textRange().start()))) {
                continue;
            }
            var parent = n.parent();
            Conflict c = null;
            if (parent.kind() == SyntaxKind.REF_EXPR) {
                c = new Conflict(Nodes.significantRange(parent), Nodes.hasToken(parent, SyntaxKind.MUT_KW));
            } else if (parent.kind() == SyntaxKind.METHOD_CALL_EXPR && n.equals(parent.firstChild())) {
                var adjustments = inference.adjustments().get(n.textRange());
                if (adjustments != null && adjustments.contains(InferenceResult.Adjustment.BORROW_MUT)) {
                    c = new Conflict(Nodes.significantRange(parent), true);
                } else if (adjustments != null && adjustments.contains(InferenceResult.Adjustment.BORROW)) {
                    c = new Conflict(Nodes.significantRange(n), false);
                }
            }
            if (c == null || (!c.mutable() && !borrow.mutable())) {
                continue;
            }
            return straight(n, stmt) ? c : null;
        }
        return null;
    }

    /** Whether nothing between {@code node} and its statement branches, loops, defers or expands. */
    private static boolean straight(SyntaxNode node, SyntaxNode stmt) {
        for (var p = node.parent(); p != null && !p.equals(stmt); p = p.parent()) {
            switch (p.kind()) {
                case IF_EXPR, MATCH_EXPR, LOOP_EXPR, WHILE_EXPR, FOR_EXPR, CLOSURE_EXPR, BLOCK_EXPR, STMT_LIST,
                     MACRO_CALL, MATCH_ARM -> {
                    return false;
                }
                case BIN_EXPR -> {
                    if (Nodes.hasToken(p, SyntaxKind.AMP2) || Nodes.hasToken(p, SyntaxKind.PIPE2)) {
                        return false;
                    }
                }
                default -> { }
            }
        }
        return true;
    }

    /** The index of the first statement after {@code j} naming the borrow's binding, or -1 (also when a statement in between leaves). */
    private int useAfter(List<SyntaxNode> stmts, int j, TextRange binding) {
        if (diverges(stmts.get(j))) {
            return -1;
        }
        for (int k = j + 1; k < stmts.size(); k++) {
            if (lastUse(stmts.get(k), binding) != null) {
                return k;
            }
            if (diverges(stmts.get(k))) {
                return -1;
            }
        }
        return -1;
    }

    /** rustc's "later used here" span: the statement's expression using the binding, or null. */
    private TextRange lastUse(SyntaxNode stmt, TextRange binding) {
        for (var n : stmt.descendants()) {
            if (n.kind() == SyntaxKind.PATH_EXPR && binding.equals(pathLocal.get(n.textRange().start()))) {
                return usedHere(n, stmt);
            }
        }
        for (var t : stmt.descendantTokens()) {
            if (binding.equals(pathLocal.get(t.textRange().start()))) {
                var node = stmt.coveringNode(t.textRange());
                return usedHere(node, stmt);
            }
        }
        return null;
    }

    /** rustc points at the use: a method receiver or a macro call as a whole, a deref with its operand. */
    private static TextRange usedHere(SyntaxNode use, SyntaxNode stmt) {
        for (var p = use; p != null && !p.equals(stmt); p = p.parent()) {
            if (p.kind() == SyntaxKind.MACRO_CALL) {
                var expr = p.parent() != null && p.parent().kind() == SyntaxKind.MACRO_EXPR ? p.parent() : p;
                return Nodes.significantRange(expr);
            }
        }
        var parent = use.parent();
        if (parent != null && parent.kind() == SyntaxKind.PREFIX_EXPR) {
            var stmtExpr = parent.parent();
            if (stmtExpr != null && stmtExpr.kind() == SyntaxKind.BIN_EXPR) {
                return Nodes.significantRange(stmtExpr);
            }
            return Nodes.significantRange(parent);
        }
        return Nodes.significantRange(use);
    }

    private boolean diverges(SyntaxNode stmt) {
        for (var n : stmt.descendants()) {
            switch (n.kind()) {
                case RETURN_EXPR, BREAK_EXPR, CONTINUE_EXPR -> {
                    return true;
                }
                default -> {
                    if (inference.exprTypes().get(n.textRange()) instanceof Ty.Never) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private ItemDiagnostic report(Borrow borrow, Conflict conflict, TextRange use) {
        String x = names.get(borrow.local());
        Diagnostic d;
        if (borrow.mutable() && conflict.mutable()) {
            d = Diagnostic.error("E0499", "cannot borrow `" + x + "` as mutable more than once at a time",
                    span(conflict.span()), "second mutable borrow occurs here")
                    .withLabel(new Label(span(borrow.span()), "first mutable borrow occurs here"))
                    .withLabel(new Label(span(use), "first borrow later used here"));
        } else {
            String kind = conflict.mutable() ? "mutable" : "immutable";
            String other = conflict.mutable() ? "immutable" : "mutable";
            d = Diagnostic.error("E0502", "cannot borrow `" + x + "` as " + kind + " because it is also borrowed as " + other,
                    span(conflict.span()), kind + " borrow occurs here")
                    .withLabel(new Label(span(borrow.span()), other + " borrow occurs here"))
                    .withLabel(new Label(span(use), other + " borrow later used here"));
        }
        return new ItemDiagnostic(item, true, d);
    }

    private static boolean inside(SyntaxNode node, SyntaxKind kind) {
        for (var p = node.parent(); p != null; p = p.parent()) {
            if (p.kind() == kind) {
                return true;
            }
        }
        return false;
    }

    private Span span(TextRange range) {
        return new Span(item.file(), range);
    }
}
