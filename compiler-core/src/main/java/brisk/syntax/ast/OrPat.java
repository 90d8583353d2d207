package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code A | B} */
public record OrPat(SyntaxNode syntax) implements Pat {
    public static OrPat cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.OR_PAT ? new OrPat(node) : null;
    }

    public java.util.List<Pat> pats() {
        return AstChildren.children(syntax, Pat::cast);
    }
}
