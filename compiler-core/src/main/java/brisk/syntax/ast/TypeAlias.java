package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code type Name<T>: Bounds = Type;} (free or associated). */
public record TypeAlias(SyntaxNode syntax) implements Item, HasName, HasVisibility, HasGenericParams {
    public static TypeAlias cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.TYPE_ALIAS ? new TypeAlias(node) : null;
    }

    public TypeBoundList typeBoundList() {
        return AstChildren.child(syntax, TypeBoundList::cast);
    }

    public Type ty() {
        return AstChildren.child(syntax, Type::cast);
    }
}
