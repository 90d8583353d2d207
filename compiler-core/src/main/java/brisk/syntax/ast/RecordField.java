package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** A named field. */
public record RecordField(SyntaxNode syntax) implements AstNode, HasName, HasVisibility, HasAttrs {
    public static RecordField cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.RECORD_FIELD ? new RecordField(node) : null;
    }

    public Type ty() {
        return AstChildren.child(syntax, Type::cast);
    }

    /** The default value after {@code =} (unstable syntax), or null. */
    public Expr defaultValue() {
        return AstChildren.child(syntax, Expr::cast);
    }
}
