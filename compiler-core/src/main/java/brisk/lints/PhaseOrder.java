package brisk.lints;

import brisk.db.QueryContext;
import brisk.diagnostics.Diagnostic;
import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxQueries;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * rustc reports in compiler-phase order, not source order: name resolution (and E0106) for the
 * whole crate, then type checking of every body (field errors, unreachable code), then per body
 * borrowck and liveness (unused_mut, E0384/E0596, unused variables, unused assignments, in that
 * order). This reorders a crate's source-ordered diagnostics the same way; within a phase the
 * source order is kept, so the result is still independent of evaluation order.
 */
final class PhaseOrder {
    private PhaseOrder() {}

    static List<Diagnostic> order(QueryContext ctx, List<Diagnostic> sourceOrdered) {
        int n = sourceOrdered.size();
        var rank = new int[n];
        var sub = new int[n];
        var group = new int[n];
        Map<String, Integer> firstOfBody = new HashMap<>();
        for (int i = 0; i < n; i++) {
            var d = sourceOrdered.get(i);
            rank[i] = rank(d.code());
            sub[i] = sub(d.code());
            group[i] = i;
            if (rank[i] == 2 && d.primary() != null) {
                String body = d.primary().file() + ":" + enclosingFnStart(ctx, d);
                final int index = i;
                group[i] = firstOfBody.computeIfAbsent(body, k -> index);
            }
        }
        var indices = new ArrayList<Integer>();
        for (int i = 0; i < n; i++) {
            indices.add(i);
        }
        indices.sort(Comparator.<Integer>comparingInt(i -> rank[i]).thenComparingInt(i -> group[i])
                .thenComparingInt(i -> sub[i]).thenComparingInt(i -> i));
        return indices.stream().map(sourceOrdered::get).toList();
    }

    private static int rank(String code) {
        if (code == null) {
            return 0;
        }
        return switch (code) {
            case "E0023", "E0026", "E0062", "E0063", "E0559", "E0560", "unreachable_code" -> 1;
            case "E0133", "E0004", "E0382", "E0499", "E0502", "unused_mut", "E0384", "E0596", "unused_variables", "unused_assignments" -> 2;
            case "dead_code" -> 3;
            default -> 0;
        };
    }

    private static int sub(String code) {
        if (code == null) {
            return 0;
        }
        return switch (code) {
            case "E0133" -> -2;
            case "E0004" -> -1;
            case "unused_mut" -> 0;
            case "E0382", "E0499", "E0502", "E0384", "E0596" -> 1;
            case "unused_variables" -> 2;
            case "unused_assignments" -> 3;
            default -> 0;
        };
    }

    /** Start of the innermost fn around the diagnostic: one body's diagnostics stay together. */
    private static int enclosingFnStart(QueryContext ctx, Diagnostic d) {
        var root = ctx.get(SyntaxQueries.PARSE, d.primary().file()).tree();
        for (var node = root.coveringNode(d.primary().range()); node != null; node = node.parent()) {
            if (node.kind() == SyntaxKind.FN) {
                return node.textRange().start();
            }
        }
        return -1;
    }
}
