package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** A macro invocation in expression or statement position. */
public record MacroExpr(SyntaxNode syntax) implements Expr {
    public static MacroExpr cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.MACRO_EXPR ? new MacroExpr(node) : null;
    }

    public MacroCall macroCall() {
        return AstChildren.child(syntax, MacroCall::cast);
    }
}
