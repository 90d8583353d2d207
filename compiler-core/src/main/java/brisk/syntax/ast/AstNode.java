package brisk.syntax.ast;

import brisk.base.TextRange;
import brisk.syntax.SyntaxNode;

/**
 * A typed view of a syntax node. Wrappers are records holding only their {@link SyntaxNode}, so
 * they are free to create and compare equal exactly when their nodes do.
 */
public interface AstNode {
    SyntaxNode syntax();

    default TextRange textRange() {
        return syntax().textRange();
    }
}
