package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** A {@code macro_rules! name { ... }} definition. */
public record MacroRules(SyntaxNode syntax) implements Item, HasName, HasVisibility {
    public static MacroRules cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.MACRO_RULES ? new MacroRules(node) : null;
    }

    public TokenTree tokenTree() {
        return AstChildren.child(syntax, TokenTree::cast);
    }
}
