package brisk.lower;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import brisk.syntax.SyntaxToken;

/**
 * The source text of an expression as rustc's {@code stringify!} prints it in {@code assert!}
 * messages: tokens separated by single spaces, except no space before {@code , ; . ) ]} or after
 * {@code ( [ . ! &} (prefix), and none around {@code ::}.
 */
final class Stringify {
    private Stringify() {}

    static String expr(SyntaxNode e) {
        var sb = new StringBuilder();
        SyntaxToken prev = null;
        for (var tok : e.descendantTokens()) {
            if (tok.kind().isTrivia()) {
                continue;
            }
            if (prev != null && space(prev, tok)) {
                sb.append(' ');
            }
            sb.append(tok.text());
            prev = tok;
        }
        return sb.toString();
    }

    private static boolean space(SyntaxToken prev, SyntaxToken next) {
        var p = prev.kind();
        var n = next.kind();
        if (n == SyntaxKind.COMMA || n == SyntaxKind.SEMICOLON || n == SyntaxKind.DOT || n == SyntaxKind.R_PAREN
                || n == SyntaxKind.R_BRACK || n == SyntaxKind.COLON2 || n == SyntaxKind.QUESTION) {
            return false;
        }
        if (p == SyntaxKind.L_PAREN || p == SyntaxKind.L_BRACK || p == SyntaxKind.DOT || p == SyntaxKind.COLON2) {
            return false;
        }
        if (n == SyntaxKind.L_PAREN || n == SyntaxKind.L_BRACK) {
            return !(p == SyntaxKind.IDENT || p == SyntaxKind.R_PAREN || p == SyntaxKind.R_BRACK || p == SyntaxKind.BANG
                    || p == SyntaxKind.SELF_KW);
        }
        if (p == SyntaxKind.BANG && (prev.parent() == null || prev.parent().kind() != SyntaxKind.BIN_EXPR)) {
            return false;
        }
        if (p == SyntaxKind.MINUS && prev.parent() != null && prev.parent().kind() == SyntaxKind.PREFIX_EXPR) {
            return false;
        }
        if (p == SyntaxKind.STAR && prev.parent() != null && prev.parent().kind() == SyntaxKind.PREFIX_EXPR) {
            return false;
        }
        if (p == SyntaxKind.AMP && prev.parent() != null && prev.parent().kind() == SyntaxKind.REF_EXPR) {
            return false;
        }
        return true;
    }
}
