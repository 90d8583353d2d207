package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code const N: usize = 3} */
public record ConstParam(SyntaxNode syntax) implements GenericParam, HasName, HasAttrs {
    public static ConstParam cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.CONST_PARAM ? new ConstParam(node) : null;
    }

    public Type ty() {
        return AstChildren.child(syntax, Type::cast);
    }

    /** The default value (a block, literal or path expression), or null. */
    public Expr defaultValue() {
        return AstChildren.child(syntax, Expr::cast);
    }
}
