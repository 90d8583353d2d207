package brisk.lower;

import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrType;
import brisk.syntax.SyntaxNode;
import brisk.types.InferenceResult;
import java.util.List;

/**
 * The std methods and fns that take closures or make or consume iterators, tried before
 * {@link StdCalls}' own: iterators ({@link IterCalls}), {@code Box::new} of a callable, and the
 * Option/Result combinators ({@link Combinators}). Each returns null when the call is not its own.
 */
final class StdClosureCalls {
    private final FnLowering fn;

    StdClosureCalls(FnLowering fn) {
        this.fn = fn;
    }

    IrExpr methodCall(SyntaxNode e, InferenceResult.Callee callee, SyntaxNode receiver, List<SyntaxNode> args) {
        IrExpr iter = new IterCalls(fn).methodCall(e, callee, receiver, args);
        if (iter != null) {
            return iter;
        }
        return new Combinators(fn).methodCall(e, callee.fn().name(), receiver, args);
    }

    IrExpr call(SyntaxNode e, String container, String name, List<SyntaxNode> args) {
        if (container.equals("Box") && name.equals("new") && args.size() == 1
                && fn.irTypeOf(e) instanceof IrType.FnPtr shape) {
            IrExpr v = fn.exprs.value(args.getFirst());
            if (!v.type().equals(shape)) {
                throw new Unsupported("this boxed callable", e.textRange());
            }
            return v;
        }
        if (container.isEmpty()) {
            return new IterCalls(fn).call(e, name, args);
        }
        return null;
    }
}
