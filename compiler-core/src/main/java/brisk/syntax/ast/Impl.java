package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** An inherent or trait impl. */
public record Impl(SyntaxNode syntax) implements Item, HasVisibility, HasGenericParams {
    public static Impl cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.IMPL ? new Impl(node) : null;
    }

    public AssocItemList assocItemList() {
        return AstChildren.child(syntax, AssocItemList::cast);
    }

    public boolean isUnsafe() {
        return syntax.tokenOfKind(SyntaxKind.UNSAFE_KW) != null;
    }

    public boolean isNegative() {
        return syntax.tokenOfKind(SyntaxKind.BANG) != null;
    }

    /** The implementing type: the type after {@code for}, or the only type of an inherent impl. */
    public Type selfTy() {
        return syntax.tokenOfKind(SyntaxKind.FOR_KW) != null
                ? AstChildren.nth(syntax, Type::cast, 1)
                : AstChildren.child(syntax, Type::cast);
    }

    /** The implemented trait (before {@code for}), or null for an inherent impl. */
    public Type trait() {
        return syntax.tokenOfKind(SyntaxKind.FOR_KW) != null ? AstChildren.child(syntax, Type::cast) : null;
    }

    public java.util.List<Item> items() {
        AssocItemList list = assocItemList();
        return list == null ? java.util.List.of() : list.items();
    }
}
