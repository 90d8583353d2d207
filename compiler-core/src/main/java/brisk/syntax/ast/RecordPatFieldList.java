package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** The braced fields of a record pattern. */
public record RecordPatFieldList(SyntaxNode syntax) implements AstNode {
    public static RecordPatFieldList cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.RECORD_PAT_FIELD_LIST ? new RecordPatFieldList(node) : null;
    }

    public java.util.List<RecordPatField> fields() {
        return AstChildren.children(syntax, RecordPatField::cast);
    }

    /** Whether the pattern ends with {@code ..}. */
    public boolean hasRest() {
        for (SyntaxNode child : syntax.children()) {
            if (child.kind() == SyntaxKind.RECORD_PAT_FIELD && child.childOfKind(SyntaxKind.REST_PAT) != null) {
                return true;
            }
        }
        return false;
    }
}
