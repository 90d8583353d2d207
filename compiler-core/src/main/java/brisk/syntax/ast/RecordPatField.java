package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code name: pat}, shorthand {@code name} (an IdentPat), or {@code ..}. */
public record RecordPatField(SyntaxNode syntax) implements AstNode, HasAttrs {
    public static RecordPatField cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.RECORD_PAT_FIELD ? new RecordPatField(node) : null;
    }

    public NameRef nameRef() {
        return AstChildren.child(syntax, NameRef::cast);
    }

    public Pat pat() {
        return AstChildren.child(syntax, Pat::cast);
    }
}
