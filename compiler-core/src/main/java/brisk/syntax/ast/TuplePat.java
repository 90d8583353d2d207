package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code (a, b, ..)} */
public record TuplePat(SyntaxNode syntax) implements Pat {
    public static TuplePat cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.TUPLE_PAT ? new TuplePat(node) : null;
    }

    public java.util.List<Pat> fields() {
        return AstChildren.children(syntax, Pat::cast);
    }
}
