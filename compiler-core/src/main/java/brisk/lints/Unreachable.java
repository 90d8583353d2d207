package brisk.lints;

import brisk.diagnostics.Diagnostic;
import brisk.diagnostics.Label;
import brisk.diagnostics.Severity;
import brisk.items.ItemDiagnostic;
import brisk.items.Nodes;
import brisk.items.SyntaxKinds;
import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import java.util.List;
import java.util.Set;

/**
 * rustc's {@code unreachable_code} for the cases syntax alone decides: in a block, the statement
 * or tail expression right after an expression statement that always diverges ({@code return},
 * {@code break}, {@code continue}, {@code panic!()}-like macros, a {@code loop} with no
 * {@code break} inside). Everything after it in the block is dead code, whose bindings
 * liveness ignores as rustc does.
 */
final class Unreachable {
    private static final Set<String> DIVERGING_MACROS = Set.of("panic", "unreachable", "todo", "unimplemented");

    private Unreachable() {}

    /** Reports into {@code out}; adds every node after a diverging statement to {@code dead}. */
    static void check(List<SyntaxNode> nodes, Diagnostics diags, List<ItemDiagnostic> out, Set<SyntaxNode> dead) {
        for (var list : nodes) {
            if (list.kind() != SyntaxKind.STMT_LIST) {
                continue;
            }
            SyntaxNode diverging = null;
            boolean reported = false;
            var stmts = list.children().stream()
                    .filter(n -> n.kind() != SyntaxKind.ATTR && !SyntaxKinds.ITEMS.contains(n.kind())).toList();
            for (int i = 0; i < stmts.size(); i++) {
                var stmt = stmts.get(i);
                if (diverging != null) {
                    dead.add(stmt);
                    if (!reported) {
                        reported = true;
                        boolean statement = stmt.kind() == SyntaxKind.LET_STMT || stmt.kind() == SyntaxKind.EXPR_STMT
                                || i + 1 < stmts.size();
                        String what = statement ? "unreachable statement" : "unreachable expression";
                        var d = new Diagnostic(Severity.WARNING, Lint.UNREACHABLE_CODE.lintName(), what,
                                diags.span(Nodes.significantRange(stmt)), what,
                                List.of(new Label(diags.span(Nodes.significantRange(diverging)),
                                        "any code following this expression is unreachable", false)), List.of());
                        out.add(diags.inBody(d));
                    }
                } else if (i + 1 < stmts.size() && stmt.kind() != SyntaxKind.LET_STMT) {
                    var expr = stmt.kind() == SyntaxKind.EXPR_STMT ? stmt.firstChild() : stmt;
                    if (expr != null && diverges(expr)) {
                        diverging = expr;
                    }
                }
            }
        }
    }

    private static boolean diverges(SyntaxNode expr) {
        return switch (expr.kind()) {
            case RETURN_EXPR, BREAK_EXPR, CONTINUE_EXPR -> true;
            case LOOP_EXPR -> expr.descendants().stream().noneMatch(n -> n.kind() == SyntaxKind.BREAK_EXPR
                    || n.kind() == SyntaxKind.MACRO_CALL);
            case MACRO_EXPR -> divergingMacro(Nodes.child(expr, SyntaxKind.MACRO_CALL));
            case MACRO_CALL -> divergingMacro(expr);
            default -> false;
        };
    }

    private static boolean divergingMacro(SyntaxNode call) {
        var path = Nodes.child(call, SyntaxKind.PATH);
        if (path == null || Nodes.child(path, SyntaxKind.PATH) != null) {
            return false;
        }
        var seg = Nodes.child(path, SyntaxKind.PATH_SEGMENT);
        var ref = Nodes.child(seg, SyntaxKind.NAME_REF);
        return ref != null && DIVERGING_MACROS.contains(Nodes.identText(ref));
    }
}
