package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** Tuple fields {@code (T, pub U)}. */
public record TupleFieldList(SyntaxNode syntax) implements FieldList {
    public static TupleFieldList cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.TUPLE_FIELD_LIST ? new TupleFieldList(node) : null;
    }

    public java.util.List<TupleField> fields() {
        return AstChildren.children(syntax, TupleField::cast);
    }
}
