package brisk.syntax;

import brisk.base.TextRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * rustc balances delimiters before parsing and reports unbalanced ones instead of the parse
 * errors they would cause; this reproduces those messages over the lexed tokens.
 */
final class DelimiterCheck {
    private DelimiterCheck() {
    }

    static List<SyntaxError> check(LexedText lexed) {
        List<SyntaxError> errors = new ArrayList<>();
        SyntaxKind[] stack = new SyntaxKind[16];
        int[] openedAt = new int[16];
        int depth = 0;
        // A closer that matched no opener and was taken to close the innermost one (as rustc does).
        SyntaxError strayCloser = null;
        for (int i = 0; i < lexed.count(); i++) {
            SyntaxKind k = lexed.kind(i);
            switch (k) {
                case L_PAREN, L_BRACK, L_CURLY -> {
                    if (depth == stack.length) {
                        stack = Arrays.copyOf(stack, depth * 2);
                        openedAt = Arrays.copyOf(openedAt, depth * 2);
                    }
                    stack[depth] = k;
                    openedAt[depth++] = i;
                }
                case R_PAREN, R_BRACK, R_CURLY -> {
                    SyntaxKind open = opener(k);
                    TextRange at = new TextRange(lexed.start(i), lexed.end(i));
                    if (depth == 0) {
                        errors.add(new SyntaxError("unexpected closing delimiter: `" + k.fixedText() + "`", at));
                        continue;
                    }
                    if (stack[depth - 1] == open) {
                        depth--;
                        continue;
                    }
                    int match = depth - 1;
                    while (match >= 0 && stack[match] != open) {
                        match--;
                    }
                    if (match >= 0) {
                        // rustc points at the innermost unclosed opener.
                        int unclosed = openedAt[depth - 1];
                        errors.add(new SyntaxError("mismatched closing delimiter: `" + k.fixedText() + "`",
                                new TextRange(lexed.start(unclosed), lexed.end(unclosed))));
                        depth = match;
                    } else {
                        if (strayCloser == null) {
                            strayCloser = new SyntaxError("mismatched closing delimiter: `" + k.fixedText() + "`", at);
                        }
                        depth--;
                    }
                }
                default -> {
                }
            }
        }
        if (depth > 0) {
            errors.add(new SyntaxError("this file contains an unclosed delimiter", TextRange.at(lexed.textLength())));
        }
        if (errors.isEmpty() && strayCloser != null) {
            errors.add(strayCloser);
        }
        return errors;
    }

    private static SyntaxKind opener(SyntaxKind closer) {
        return switch (closer) {
            case R_PAREN -> SyntaxKind.L_PAREN;
            case R_BRACK -> SyntaxKind.L_BRACK;
            default -> SyntaxKind.L_CURLY;
        };
    }
}
