package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import brisk.syntax.SyntaxToken;

/** A delimited token tree: the body of a macro invocation or attribute. */
public record TokenTree(SyntaxNode syntax) implements AstNode {
    public static TokenTree cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.TOKEN_TREE ? new TokenTree(node) : null;
    }

    /** The opening delimiter kind: L_PAREN, L_BRACK or L_CURLY. */
    public SyntaxKind delimiter() {
        SyntaxToken t = syntax.firstToken();
        return t == null ? SyntaxKind.ERROR : t.kind();
    }

    /** The nested token trees. */
    public java.util.List<TokenTree> subtrees() {
        return AstChildren.children(syntax, TokenTree::cast);
    }
}
