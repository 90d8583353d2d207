package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import brisk.syntax.SyntaxToken;

/** {@code extern} with an optional ABI string. */
public record Abi(SyntaxNode syntax) implements AstNode {
    public static Abi cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.ABI ? new Abi(node) : null;
    }

    /** The ABI string literal token (quotes included), or null for a bare {@code extern}. */
    public SyntaxToken abiString() {
        return syntax.tokenOfKind(SyntaxKind.STRING);
    }
}
