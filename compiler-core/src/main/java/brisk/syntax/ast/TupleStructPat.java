package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code Some(x)} */
public record TupleStructPat(SyntaxNode syntax) implements Pat {
    public static TupleStructPat cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.TUPLE_STRUCT_PAT ? new TupleStructPat(node) : null;
    }

    public Path path() {
        return AstChildren.child(syntax, Path::cast);
    }

    public java.util.List<Pat> fields() {
        return AstChildren.children(syntax, Pat::cast);
    }
}
