package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code Item = T} or {@code Item: Bound}. */
public record AssocTypeArg(SyntaxNode syntax) implements GenericArg {
    public static AssocTypeArg cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.ASSOC_TYPE_ARG ? new AssocTypeArg(node) : null;
    }

    public NameRef nameRef() {
        return AstChildren.child(syntax, NameRef::cast);
    }

    public Type ty() {
        return AstChildren.child(syntax, Type::cast);
    }

    public TypeBoundList typeBoundList() {
        return AstChildren.child(syntax, TypeBoundList::cast);
    }
}
