package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** The root of a parsed file. */
public record SourceFile(SyntaxNode syntax) implements AstNode, HasAttrs {
    public static SourceFile cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.SOURCE_FILE ? new SourceFile(node) : null;
    }

    public java.util.List<Item> items() {
        return AstChildren.children(syntax, Item::cast);
    }
}
