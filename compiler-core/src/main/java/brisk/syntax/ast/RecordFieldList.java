package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** Named fields {@code { a: T, pub b: U }}. */
public record RecordFieldList(SyntaxNode syntax) implements FieldList {
    public static RecordFieldList cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.RECORD_FIELD_LIST ? new RecordFieldList(node) : null;
    }

    public java.util.List<RecordField> fields() {
        return AstChildren.children(syntax, RecordField::cast);
    }
}
