package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** One where predicate. */
public record WherePred(SyntaxNode syntax) implements AstNode {
    public static WherePred cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.WHERE_PRED ? new WherePred(node) : null;
    }

    public ForBinder forBinder() {
        return AstChildren.child(syntax, ForBinder::cast);
    }

    public Lifetime lifetime() {
        return AstChildren.child(syntax, Lifetime::cast);
    }

    public Type ty() {
        return AstChildren.child(syntax, Type::cast);
    }

    public TypeBoundList typeBoundList() {
        return AstChildren.child(syntax, TypeBoundList::cast);
    }
}
