package brisk.syntax.ast;

/** A node that declares a name. */
public interface HasName extends AstNode {
    /** The declared name, or null when missing from (erroneous) source. */
    default Name name() {
        return AstChildren.child(syntax(), Name::cast);
    }
}
