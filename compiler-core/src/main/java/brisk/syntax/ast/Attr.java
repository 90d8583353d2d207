package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** An attribute {@code #[...]} or inner attribute {@code #![...]}. */
public record Attr(SyntaxNode syntax) implements AstNode {
    public static Attr cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.ATTR ? new Attr(node) : null;
    }

    public boolean isInner() {
        return syntax.tokenOfKind(SyntaxKind.BANG) != null;
    }

    public Meta meta() {
        return AstChildren.child(syntax, Meta::cast);
    }

    /** The attribute path ({@code derive} in {@code #[derive(Debug)]}), or null. */
    public Path path() {
        Meta meta = meta();
        return meta == null ? null : meta.path();
    }

    /** The delimited arguments ({@code (Debug)}), or null. */
    public TokenTree tokenTree() {
        Meta meta = meta();
        return meta == null ? null : meta.tokenTree();
    }
}
