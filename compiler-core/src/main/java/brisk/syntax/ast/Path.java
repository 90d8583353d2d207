package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** A path {@code a::b::<T>::c}, nested as {@code PATH(qualifier-PATH :: PATH_SEGMENT)}. */
public record Path(SyntaxNode syntax) implements AstNode {
    public static Path cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.PATH ? new Path(node) : null;
    }

    public Path qualifier() {
        return AstChildren.child(syntax, Path::cast);
    }

    public PathSegment segment() {
        return AstChildren.child(syntax, PathSegment::cast);
    }

    /** All segments from the first to this path's own segment. */
    public java.util.List<PathSegment> segments() {
        java.util.ArrayList<PathSegment> out = new java.util.ArrayList<>();
        for (Path p = this; p != null; p = p.qualifier()) {
            PathSegment s = p.segment();
            if (s != null) {
                out.add(s);
            }
        }
        java.util.Collections.reverse(out);
        return out;
    }

    /** The innermost qualifier (the path's first segment). */
    public Path firstQualifier() {
        Path p = this;
        while (p.qualifier() != null) {
            p = p.qualifier();
        }
        return p;
    }
}
