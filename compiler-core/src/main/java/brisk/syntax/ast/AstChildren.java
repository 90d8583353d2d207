package brisk.syntax.ast;

import brisk.syntax.SyntaxElement;
import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import brisk.syntax.SyntaxToken;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Child-lookup helpers shared by the AST wrappers; all return null/empty when parts are missing. */
final class AstChildren {
    private AstChildren() {
    }

    static final Set<SyntaxKind> RANGE_OPS = EnumSet.of(SyntaxKind.DOT2, SyntaxKind.DOT2EQ, SyntaxKind.DOT3);

    /** First child node that {@code cast} accepts. */
    static <T> T child(SyntaxNode node, Function<SyntaxNode, T> cast) {
        for (int i = 0; i < node.childCount(); i++) {
            if (node.childAt(i) instanceof SyntaxNode n) {
                T t = cast.apply(n);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    /** The {@code index}-th (0-based) child node that {@code cast} accepts. */
    static <T> T nth(SyntaxNode node, Function<SyntaxNode, T> cast, int index) {
        int seen = 0;
        for (int i = 0; i < node.childCount(); i++) {
            if (node.childAt(i) instanceof SyntaxNode n) {
                T t = cast.apply(n);
                if (t != null && seen++ == index) {
                    return t;
                }
            }
        }
        return null;
    }

    static <T> List<T> children(SyntaxNode node, Function<SyntaxNode, T> cast) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < node.childCount(); i++) {
            if (node.childAt(i) instanceof SyntaxNode n) {
                T t = cast.apply(n);
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    static SyntaxToken firstTokenOf(SyntaxNode node, Set<SyntaxKind> kinds) {
        for (SyntaxElement e : node.childrenWithTokens()) {
            if (e instanceof SyntaxToken t && kinds.contains(t.kind())) {
                return t;
            }
        }
        return null;
    }

    /** The first child accepted by {@code cast} that comes before the first token in {@code kinds}. */
    static <T> T beforeToken(SyntaxNode node, Function<SyntaxNode, T> cast, Set<SyntaxKind> kinds) {
        for (SyntaxElement e : node.childrenWithTokens()) {
            if (e instanceof SyntaxToken t && kinds.contains(t.kind())) {
                return null;
            }
            if (e instanceof SyntaxNode n) {
                T t = cast.apply(n);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    /** The first child accepted by {@code cast} that comes after the first token in {@code kinds}. */
    static <T> T afterToken(SyntaxNode node, Function<SyntaxNode, T> cast, Set<SyntaxKind> kinds) {
        boolean seenOp = false;
        for (SyntaxElement e : node.childrenWithTokens()) {
            if (e instanceof SyntaxToken t && kinds.contains(t.kind())) {
                seenOp = true;
            } else if (seenOp && e instanceof SyntaxNode n) {
                T t = cast.apply(n);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    /** Identifier text without a raw prefix: {@code r#type} is {@code type}. */
    static String identText(SyntaxToken token) {
        if (token == null) {
            return "";
        }
        String text = token.text();
        return text.startsWith("r#") ? text.substring(2) : text;
    }

    /** Whether a direct child token is the identifier {@code keyword} (e.g. {@code auto}, {@code union}). */
    static boolean hasContextualKeyword(SyntaxNode node, String keyword) {
        for (SyntaxElement e : node.childrenWithTokens()) {
            if (e instanceof SyntaxToken t && t.kind() == SyntaxKind.IDENT && t.text().equals(keyword)) {
                return true;
            }
        }
        return false;
    }

    static boolean isDocComment(String text) {
        if (text.startsWith("///")) {
            return !text.startsWith("////");
        }
        if (text.startsWith("//!") || text.startsWith("/*!")) {
            return true;
        }
        return text.startsWith("/**") && !text.startsWith("/***") && !text.equals("/**/");
    }
}
