package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import brisk.syntax.SyntaxToken;

/** A literal: number, string, char, byte, bool. */
public record Literal(SyntaxNode syntax) implements Expr {
    public static Literal cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.LITERAL ? new Literal(node) : null;
    }

    public SyntaxToken token() {
        return syntax.firstToken();
    }

    /** The literal's token kind: INT_NUMBER, FLOAT_NUMBER, STRING, TRUE_KW, ... */
    public SyntaxKind literalKind() {
        SyntaxToken t = token();
        return t == null ? SyntaxKind.ERROR : t.kind();
    }

    /** The decoded value (numbers, unescaped strings and chars), or {@link LiteralValue.Invalid}. */
    public LiteralValue value() {
        SyntaxToken t = token();
        return t == null ? new LiteralValue.Invalid("missing literal") : LiteralValue.of(t.kind(), t.text());
    }
}
