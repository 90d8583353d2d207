package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import brisk.syntax.SyntaxToken;

/** A defining occurrence of a name (an identifier, or {@code self} in a self parameter). */
public record Name(SyntaxNode syntax) implements AstNode {
    public static Name cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.NAME ? new Name(node) : null;
    }

    /** The identifier token. */
    public SyntaxToken token() {
        return syntax.firstToken();
    }

    /** The name as Rust sees it: {@code r#type} is {@code type}. */
    public String text() {
        return AstChildren.identText(token());
    }
}
