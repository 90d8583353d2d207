package brisk.items;

import brisk.syntax.GreenNode;
import brisk.syntax.SyntaxNode;

/** A fn body's block as a position-free green node ({@code null} when the fn has no body). */
public record BodySyntax(GreenNode green) {
    /** A red tree over the body whose offsets are relative to the body's start. */
    public SyntaxNode root() {
        return green == null ? null : SyntaxNode.root(green);
    }
}
