package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code (A, B)} or unit {@code ()} */
public record TupleType(SyntaxNode syntax) implements Type {
    public static TupleType cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.TUPLE_TYPE ? new TupleType(node) : null;
    }

    public java.util.List<Type> fields() {
        return AstChildren.children(syntax, Type::cast);
    }
}
