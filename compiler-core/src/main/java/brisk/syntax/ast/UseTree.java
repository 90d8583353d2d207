package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** One use tree: {@code path}, {@code path as name}, {@code path::*}, or {@code path::{...}}. */
public record UseTree(SyntaxNode syntax) implements AstNode {
    public static UseTree cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.USE_TREE ? new UseTree(node) : null;
    }

    public Path path() {
        return AstChildren.child(syntax, Path::cast);
    }

    public UseTreeList useTreeList() {
        return AstChildren.child(syntax, UseTreeList::cast);
    }

    public Rename rename() {
        return AstChildren.child(syntax, Rename::cast);
    }

    /** Whether this tree ends in a glob {@code *}. */
    public boolean isGlob() {
        return syntax.tokenOfKind(SyntaxKind.STAR) != null;
    }
}
