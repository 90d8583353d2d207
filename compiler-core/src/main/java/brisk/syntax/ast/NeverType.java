package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code !} */
public record NeverType(SyntaxNode syntax) implements Type {
    public static NeverType cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.NEVER_TYPE ? new NeverType(node) : null;
    }
}
