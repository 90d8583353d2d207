package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code _} */
public record WildcardPat(SyntaxNode syntax) implements Pat {
    public static WildcardPat cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.WILDCARD_PAT ? new WildcardPat(node) : null;
    }
}
