package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code &pat} or {@code &mut pat} */
public record RefPat(SyntaxNode syntax) implements Pat {
    public static RefPat cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.REF_PAT ? new RefPat(node) : null;
    }

    public Pat pat() {
        return AstChildren.child(syntax, Pat::cast);
    }

    public boolean isMut() {
        return syntax.tokenOfKind(SyntaxKind.MUT_KW) != null;
    }
}
