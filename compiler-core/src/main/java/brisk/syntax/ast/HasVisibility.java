package brisk.syntax.ast;

/** A node that may carry a visibility. */
public interface HasVisibility extends AstNode {
    /** The visibility, or null when private (none written). */
    default Visibility visibility() {
        return AstChildren.child(syntax(), Visibility::cast);
    }
}
