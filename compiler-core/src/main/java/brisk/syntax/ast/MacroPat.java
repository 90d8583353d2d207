package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** A macro invocation in pattern position. */
public record MacroPat(SyntaxNode syntax) implements Pat {
    public static MacroPat cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.MACRO_PAT ? new MacroPat(node) : null;
    }

    public MacroCall macroCall() {
        return AstChildren.child(syntax, MacroCall::cast);
    }
}
