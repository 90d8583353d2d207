package brisk.lower;

import brisk.base.TextRange;
import brisk.db.QueryContext;
import brisk.items.ItemQueries;
import brisk.syntax.SyntaxKind;
import brisk.types.Ty;
import brisk.types.TypeQueries;

/**
 * {@code -> impl Trait} of the program's own traits: the hidden type is the type of the fn body's
 * tail expression in that instance, revealed to the fn itself and to each caller
 * ({@code TypeLowering.reveal}). Opaque types are compared structurally, so a caller using two such
 * results with equal bounds and different hidden types is reported unsupported rather than guessed.
 * Std traits' opaque types ({@code impl Iterator}, {@code impl Fn}) are erased instead ({@code Erased}).
 */
final class OpaqueTypes {
    private OpaqueTypes() {}

    /** Reveals the hidden type of {@code instance}'s {@code impl Trait} result to {@code types}, if it has one. */
    static void reveal(QueryContext ctx, FnInstance instance, TypeLowering types, TextRange at) {
        var sig = ctx.get(TypeQueries.FN_SIGNATURE, instance.owner());
        if (!(sig.ret() instanceof Ty.Opaque o) || !programDefined(ctx, types, o)) {
            return;
        }
        var body = ctx.get(ItemQueries.BODY_SYNTAX, instance.owner().item()).root();
        var list = body == null ? null : FnLowering.kid(body, SyntaxKind.STMT_LIST);
        var tail = list == null ? null : ExprLowering.tail(list);
        Ty hidden = tail == null ? null : ctx.get(TypeQueries.INFER, instance.owner()).exprTypes().get(tail.textRange());
        if (hidden == null) {
            throw new Unsupported("`impl Trait` results not given by the fn's tail expression", at);
        }
        hidden = Subst.apply(hidden, instance.typeArgs());
        if (!Calls.isConcrete(hidden)) {
            throw new Unsupported("this `impl Trait` result", at);
        }
        types.reveal(o, hidden, at);
    }

    private static boolean programDefined(QueryContext ctx, TypeLowering types, Ty.Opaque o) {
        for (var b : o.bounds()) {
            var owner = Names.ownerOf(ctx, types.crate(), b.trait());
            if (owner == null || owner.crate().equals(types.std().std())) {
                return false;
            }
        }
        return !o.bounds().isEmpty();
    }
}
