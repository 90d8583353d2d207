package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code as name} or {@code as _}. */
public record Rename(SyntaxNode syntax) implements AstNode, HasName {
    public static Rename cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.RENAME ? new Rename(node) : null;
    }

    public boolean isUnderscore() {
        return syntax.tokenOfKind(SyntaxKind.UNDERSCORE) != null;
    }
}
