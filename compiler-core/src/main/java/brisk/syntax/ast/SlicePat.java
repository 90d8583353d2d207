package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code [a, .., z]} */
public record SlicePat(SyntaxNode syntax) implements Pat {
    public static SlicePat cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.SLICE_PAT ? new SlicePat(node) : null;
    }

    public java.util.List<Pat> pats() {
        return AstChildren.children(syntax, Pat::cast);
    }
}
