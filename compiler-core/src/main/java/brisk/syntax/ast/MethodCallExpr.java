package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code receiver.name::<T>(args)} */
public record MethodCallExpr(SyntaxNode syntax) implements Expr {
    public static MethodCallExpr cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.METHOD_CALL_EXPR ? new MethodCallExpr(node) : null;
    }

    public Expr receiver() {
        return AstChildren.child(syntax, Expr::cast);
    }

    public NameRef nameRef() {
        return AstChildren.child(syntax, NameRef::cast);
    }

    public GenericArgList genericArgList() {
        return AstChildren.child(syntax, GenericArgList::cast);
    }

    public ArgList argList() {
        return AstChildren.child(syntax, ArgList::cast);
    }
}
