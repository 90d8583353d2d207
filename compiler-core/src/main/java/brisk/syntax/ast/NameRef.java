package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import brisk.syntax.SyntaxToken;

/** A use of a name: identifier, {@code self}, {@code super}, {@code crate}, {@code Self}, or a tuple index. */
public record NameRef(SyntaxNode syntax) implements AstNode {
    public static NameRef cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.NAME_REF ? new NameRef(node) : null;
    }

    public SyntaxToken token() {
        return syntax.firstToken();
    }

    /** The name as Rust sees it: {@code r#type} is {@code type}. */
    public String text() {
        return AstChildren.identText(token());
    }

    /** IDENT, INT_NUMBER (tuple index), or a keyword kind such as SELF_KW. */
    public SyntaxKind tokenKind() {
        SyntaxToken t = token();
        return t == null ? SyntaxKind.ERROR : t.kind();
    }
}
