package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** A macro invocation {@code path!(...)}; in item position, or inside a MacroExpr/MacroPat/MacroType. */
public record MacroCall(SyntaxNode syntax) implements Item {
    public static MacroCall cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.MACRO_CALL ? new MacroCall(node) : null;
    }

    public Path path() {
        return AstChildren.child(syntax, Path::cast);
    }

    public TokenTree tokenTree() {
        return AstChildren.child(syntax, TokenTree::cast);
    }

    /** For the legacy form {@code name! ident { .. }}: the identifier; otherwise null. */
    public Name name() {
        return AstChildren.child(syntax, Name::cast);
    }

    public boolean hasSemicolon() {
        return syntax.tokenOfKind(SyntaxKind.SEMICOLON) != null;
    }
}
