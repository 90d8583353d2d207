package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code pub}, {@code pub(crate)}, {@code pub(self)}, {@code pub(super)} or {@code pub(in path)}. */
public record Visibility(SyntaxNode syntax) implements AstNode {
    public static Visibility cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.VISIBILITY ? new Visibility(node) : null;
    }

    public enum Kind { PUB, PUB_CRATE, PUB_SELF, PUB_SUPER, PUB_IN_PATH }

    public Kind kind() {
        if (syntax.tokenOfKind(SyntaxKind.IN_KW) != null) {
            return Kind.PUB_IN_PATH;
        }
        Path path = path();
        if (path == null || path.segment() == null || path.segment().nameRef() == null) {
            return Kind.PUB;
        }
        return switch (path.segment().nameRef().tokenKind()) {
            case CRATE_KW -> Kind.PUB_CRATE;
            case SELF_KW -> Kind.PUB_SELF;
            case SUPER_KW -> Kind.PUB_SUPER;
            default -> Kind.PUB_IN_PATH;
        };
    }

    /** The restriction path ({@code crate}, {@code super}, or the path after {@code in}), or null. */
    public Path path() {
        return AstChildren.child(syntax, Path::cast);
    }
}
