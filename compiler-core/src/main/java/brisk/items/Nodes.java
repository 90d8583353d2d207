package brisk.items;

import brisk.syntax.SyntaxElement;
import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import brisk.syntax.SyntaxToken;
import java.util.ArrayList;
import java.util.List;

/** Small tolerant accessors over the concrete syntax tree: missing parts come back null or empty. */
public final class Nodes {
    private Nodes() {}

    public static SyntaxNode child(SyntaxNode node, SyntaxKind kind) {
        return node == null ? null : node.childOfKind(kind);
    }

    public static List<SyntaxNode> children(SyntaxNode node, SyntaxKind kind) {
        var out = new ArrayList<SyntaxNode>();
        if (node != null) {
            for (var c : node.children()) {
                if (c.kind() == kind) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    public static SyntaxToken token(SyntaxNode node, SyntaxKind kind) {
        return node == null ? null : node.tokenOfKind(kind);
    }

    public static boolean hasToken(SyntaxNode node, SyntaxKind kind) {
        return token(node, kind) != null;
    }

    /** The text of the NAME child (its identifier), or null. */
    public static String name(SyntaxNode node) {
        var name = child(node, SyntaxKind.NAME);
        return name == null ? null : identText(name);
    }

    /** An identifier's text without a raw-identifier {@code r#} prefix. */
    public static String identText(SyntaxNode nameOrRef) {
        for (SyntaxElement e : nameOrRef.childrenWithTokens()) {
            if (e instanceof SyntaxToken t && !t.kind().isTrivia()) {
                String text = t.text();
                return text.startsWith("r#") ? text.substring(2) : text;
            }
        }
        return null;
    }

    /** The first child node whose kind is one of {@code kinds}, or null. */
    public static SyntaxNode firstOf(SyntaxNode node, java.util.Set<SyntaxKind> kinds) {
        if (node == null) {
            return null;
        }
        for (var c : node.children()) {
            if (kinds.contains(c.kind())) {
                return c;
            }
        }
        return null;
    }

    public static List<SyntaxNode> allOf(SyntaxNode node, java.util.Set<SyntaxKind> kinds) {
        var out = new ArrayList<SyntaxNode>();
        if (node != null) {
            for (var c : node.children()) {
                if (kinds.contains(c.kind())) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** The node's range without leading and trailing trivia (whitespace, comments), as rustc's spans. */
    public static brisk.base.TextRange significantRange(SyntaxNode node) {
        int start = -1;
        int end = -1;
        for (var t : node.descendantTokens()) {
            if (!t.kind().isTrivia()) {
                if (start < 0) {
                    start = t.textRange().start();
                }
                end = t.textRange().end();
            }
        }
        return start < 0 ? node.textRange() : new brisk.base.TextRange(start, end);
    }
}
