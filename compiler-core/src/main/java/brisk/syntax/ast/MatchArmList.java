package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** The braced arms of a match. */
public record MatchArmList(SyntaxNode syntax) implements AstNode, HasAttrs {
    public static MatchArmList cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.MATCH_ARM_LIST ? new MatchArmList(node) : null;
    }

    public java.util.List<MatchArm> arms() {
        return AstChildren.children(syntax, MatchArm::cast);
    }
}
