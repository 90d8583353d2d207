package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** A const argument (block or literal). */
public record ConstArg(SyntaxNode syntax) implements GenericArg {
    public static ConstArg cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.CONST_ARG ? new ConstArg(node) : null;
    }

    public Expr expr() {
        return AstChildren.child(syntax, Expr::cast);
    }
}
