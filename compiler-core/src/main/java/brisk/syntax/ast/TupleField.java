package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** A positional field. */
public record TupleField(SyntaxNode syntax) implements AstNode, HasVisibility, HasAttrs {
    public static TupleField cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.TUPLE_FIELD ? new TupleField(node) : null;
    }

    public Type ty() {
        return AstChildren.child(syntax, Type::cast);
    }
}
