package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code unsafe extern "C" fn(A) -> B} */
public record FnPtrType(SyntaxNode syntax) implements Type {
    public static FnPtrType cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.FN_PTR_TYPE ? new FnPtrType(node) : null;
    }

    public ParamList paramList() {
        return AstChildren.child(syntax, ParamList::cast);
    }

    public RetType retType() {
        return AstChildren.child(syntax, RetType::cast);
    }

    public Abi abi() {
        return AstChildren.child(syntax, Abi::cast);
    }

    public boolean isUnsafe() {
        return syntax.tokenOfKind(SyntaxKind.UNSAFE_KW) != null;
    }
}
