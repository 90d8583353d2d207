package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** A macro invocation in type position. */
public record MacroType(SyntaxNode syntax) implements Type {
    public static MacroType cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.MACRO_TYPE ? new MacroType(node) : null;
    }

    public MacroCall macroCall() {
        return AstChildren.child(syntax, MacroCall::cast);
    }
}
