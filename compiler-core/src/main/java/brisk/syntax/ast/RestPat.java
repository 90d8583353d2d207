package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code ..} */
public record RestPat(SyntaxNode syntax) implements Pat {
    public static RestPat cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.REST_PAT ? new RestPat(node) : null;
    }
}
