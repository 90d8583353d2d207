package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code ref mut name @ subpattern} */
public record IdentPat(SyntaxNode syntax) implements Pat, HasName {
    public static IdentPat cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.IDENT_PAT ? new IdentPat(node) : null;
    }

    public boolean isRef() {
        return syntax.tokenOfKind(SyntaxKind.REF_KW) != null;
    }

    public boolean isMut() {
        return syntax.tokenOfKind(SyntaxKind.MUT_KW) != null;
    }

    public Pat subpattern() {
        return AstChildren.child(syntax, Pat::cast);
    }
}
