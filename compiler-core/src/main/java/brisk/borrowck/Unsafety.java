package brisk.borrowck;

import brisk.db.QueryContext;
import brisk.diagnostics.Diagnostic;
import brisk.diagnostics.Span;
import brisk.diagnostics.SubDiagnostic;
import brisk.items.ItemDiagnostic;
import brisk.items.ItemLoc;
import brisk.items.Nodes;
import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import brisk.types.InferenceResult;
import brisk.types.Ty;
import brisk.types.TypeQueries;
import java.util.List;

/**
 * E0133: a call to an {@code unsafe fn} outside an {@code unsafe} block, in a safe fn (edition
 * 2021: the body of an {@code unsafe fn} is an unsafe context). Free fns, and methods called on a
 * value of a non-generic type (rustc names them {@code Type::method}); other unsafe operations
 * (raw pointer dereferences, mutable statics) are not checked yet.
 */
final class Unsafety {
    private Unsafety() {}

    static void check(QueryContext ctx, InferenceResult inference, ItemLoc item, boolean unsafeFn, List<SyntaxNode> nodes,
                      List<ItemDiagnostic> out) {
        if (unsafeFn) {
            return;
        }
        for (var call : nodes) {
            if (call.kind() != SyntaxKind.CALL_EXPR && call.kind() != SyntaxKind.METHOD_CALL_EXPR) {
                continue;
            }
            var callee = inference.callees().get(call.textRange());
            if (callee == null || !ctx.get(TypeQueries.FN_SIGNATURE, callee.fn().owner()).isUnsafe() || inUnsafeBlock(call)) {
                continue;
            }
            String name;
            if (call.kind() == SyntaxKind.METHOD_CALL_EXPR) {
                Ty receiver = inference.exprTypes().get(call.firstChild().textRange());
                while (receiver instanceof Ty.Ref r) {
                    receiver = r.inner();
                }
                if (!(receiver instanceof Ty.Adt a) || !a.args().isEmpty()) {
                    continue;
                }
                name = a.name() + "::" + callee.fn().name();
            } else if (callee.fn().owner().container() == null) {
                name = callee.fn().name();
            } else {
                continue;
            }
            var d = Diagnostic.error("E0133", "call to unsafe function `" + name
                            + "` is unsafe and requires unsafe function or block",
                    new Span(item.file(), Nodes.significantRange(call)), "call to unsafe function")
                    .withChild(SubDiagnostic.note("consult the function's documentation for information on how to avoid "
                            + "undefined behavior"));
            out.add(new ItemDiagnostic(item, true, d));
        }
    }

    private static boolean inUnsafeBlock(SyntaxNode node) {
        for (var p = node.parent(); p != null; p = p.parent()) {
            if (p.kind() == SyntaxKind.BLOCK_EXPR && Nodes.hasToken(p, SyntaxKind.UNSAFE_KW)) {
                return true;
            }
        }
        return false;
    }
}
