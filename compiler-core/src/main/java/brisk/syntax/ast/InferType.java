package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code _} */
public record InferType(SyntaxNode syntax) implements Type {
    public static InferType cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.INFER_TYPE ? new InferType(node) : null;
    }
}
