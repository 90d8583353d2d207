package brisk.syntax.ast;

import brisk.syntax.SyntaxElement;
import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxToken;
import java.util.ArrayList;
import java.util.List;

/** A node that may carry attributes and doc comments (both are children of the node). */
public interface HasAttrs extends AstNode {
    /** Outer and inner attributes directly on this node, in source order. */
    default List<Attr> attrs() {
        return AstChildren.children(syntax(), Attr::cast);
    }

    /**
     * Doc comments attached to this node ({@code ///}, {@code //!}, and block forms), in source
     * order. The tree builder attaches the doc comments directly above an item into the item.
     */
    default List<SyntaxToken> docComments() {
        List<SyntaxToken> out = new ArrayList<>();
        for (SyntaxElement e : syntax().childrenWithTokens()) {
            if (e instanceof SyntaxToken t && t.kind() == SyntaxKind.COMMENT && AstChildren.isDocComment(t.text())) {
                out.add(t);
            }
        }
        return out;
    }
}
