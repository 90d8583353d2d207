package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** A function, method, or associated/extern function declaration. */
public record Fn(SyntaxNode syntax) implements Item, HasName, HasVisibility, HasGenericParams {
    public static Fn cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.FN ? new Fn(node) : null;
    }

    public ParamList paramList() {
        return AstChildren.child(syntax, ParamList::cast);
    }

    public RetType retType() {
        return AstChildren.child(syntax, RetType::cast);
    }

    public BlockExpr body() {
        return AstChildren.child(syntax, BlockExpr::cast);
    }

    public Abi abi() {
        return AstChildren.child(syntax, Abi::cast);
    }

    public boolean isConst() {
        return syntax.tokenOfKind(SyntaxKind.CONST_KW) != null;
    }

    public boolean isAsync() {
        return syntax.tokenOfKind(SyntaxKind.ASYNC_KW) != null;
    }

    public boolean isUnsafe() {
        return syntax.tokenOfKind(SyntaxKind.UNSAFE_KW) != null;
    }

    /** Whether the declaration ends with {@code ;} instead of a body. */
    public boolean hasSemicolon() {
        return syntax.tokenOfKind(SyntaxKind.SEMICOLON) != null;
    }
}
