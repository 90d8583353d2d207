package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import brisk.syntax.SyntaxToken;

/** One segment of a path: a name with optional generic args or {@code Fn(A) -> B} sugar, or a qualified {@code <T as Trait>}. */
public record PathSegment(SyntaxNode syntax) implements AstNode {
    public static PathSegment cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.PATH_SEGMENT ? new PathSegment(node) : null;
    }

    public NameRef nameRef() {
        return AstChildren.child(syntax, NameRef::cast);
    }

    public GenericArgList genericArgList() {
        return AstChildren.child(syntax, GenericArgList::cast);
    }

    public ParamList paramList() {
        return AstChildren.child(syntax, ParamList::cast);
    }

    public RetType retType() {
        return AstChildren.child(syntax, RetType::cast);
    }

    /** Whether this is the first segment of a path written with a leading {@code ::}. */
    public boolean hasLeadingColon2() {
        SyntaxToken t = syntax.firstToken();
        return t != null && t.kind() == SyntaxKind.COLON2;
    }

    /** For {@code <T as Trait>}: {@code T}; otherwise null. */
    public Type qualifiedSelfType() {
        return syntax.tokenOfKind(SyntaxKind.LT) == null ? null : AstChildren.child(syntax, Type::cast);
    }

    /** For {@code <T as Trait>}: {@code Trait}; otherwise null. */
    public PathType qualifiedTrait() {
        return syntax.tokenOfKind(SyntaxKind.AS_KW) == null ? null : AstChildren.nth(syntax, Type::cast, 1) instanceof PathType p ? p : null;
    }
}
