package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** Function, closure or fn-pointer parameters. */
public record ParamList(SyntaxNode syntax) implements AstNode {
    public static ParamList cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.PARAM_LIST ? new ParamList(node) : null;
    }

    public SelfParam selfParam() {
        return AstChildren.child(syntax, SelfParam::cast);
    }

    public java.util.List<Param> params() {
        return AstChildren.children(syntax, Param::cast);
    }
}
