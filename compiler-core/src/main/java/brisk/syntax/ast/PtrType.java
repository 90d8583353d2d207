package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code *const T} or {@code *mut T} */
public record PtrType(SyntaxNode syntax) implements Type {
    public static PtrType cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.PTR_TYPE ? new PtrType(node) : null;
    }

    public Type ty() {
        return AstChildren.child(syntax, Type::cast);
    }

    public boolean isMut() {
        return syntax.tokenOfKind(SyntaxKind.MUT_KW) != null;
    }
}
