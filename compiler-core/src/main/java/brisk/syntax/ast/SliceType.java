package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code [T]} */
public record SliceType(SyntaxNode syntax) implements Type {
    public static SliceType cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.SLICE_TYPE ? new SliceType(node) : null;
    }

    public Type ty() {
        return AstChildren.child(syntax, Type::cast);
    }
}
