package brisk.lower;

import brisk.lower.ir.IrExpr;
import brisk.syntax.SyntaxNode;
import java.util.List;

/** Option and Result methods taking closures ({@code map}, {@code and_then}, {@code unwrap_or_else}, ...). */
final class Combinators {
    private final FnLowering fn;

    Combinators(FnLowering fn) {
        this.fn = fn;
    }

    IrExpr methodCall(SyntaxNode e, String name, SyntaxNode receiver, List<SyntaxNode> args) {
        return null;
    }
}
