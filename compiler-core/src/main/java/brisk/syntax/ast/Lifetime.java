package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import brisk.syntax.SyntaxToken;

/** A lifetime such as {@code 'a} or {@code 'static}. */
public record Lifetime(SyntaxNode syntax) implements AstNode {
    public static Lifetime cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.LIFETIME ? new Lifetime(node) : null;
    }

    public SyntaxToken token() {
        return syntax.tokenOfKind(SyntaxKind.LIFETIME_IDENT);
    }

    public String text() {
        SyntaxToken t = token();
        return t == null ? "" : t.text();
    }
}
