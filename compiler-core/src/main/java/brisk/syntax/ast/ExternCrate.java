package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code extern crate name as alias;} */
public record ExternCrate(SyntaxNode syntax) implements Item, HasVisibility {
    public static ExternCrate cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.EXTERN_CRATE ? new ExternCrate(node) : null;
    }

    public NameRef nameRef() {
        return AstChildren.child(syntax, NameRef::cast);
    }

    public Rename rename() {
        return AstChildren.child(syntax, Rename::cast);
    }
}
