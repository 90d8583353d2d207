package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** A braced group of use trees. */
public record UseTreeList(SyntaxNode syntax) implements AstNode {
    public static UseTreeList cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.USE_TREE_LIST ? new UseTreeList(node) : null;
    }

    public java.util.List<UseTree> trees() {
        return AstChildren.children(syntax, UseTree::cast);
    }
}
