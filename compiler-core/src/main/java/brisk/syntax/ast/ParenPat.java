package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code (pat)} */
public record ParenPat(SyntaxNode syntax) implements Pat {
    public static ParenPat cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.PAREN_PAT ? new ParenPat(node) : null;
    }

    public Pat pat() {
        return AstChildren.child(syntax, Pat::cast);
    }
}
