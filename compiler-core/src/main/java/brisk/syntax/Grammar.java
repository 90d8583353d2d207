package brisk.syntax;

import static brisk.syntax.SyntaxKind.*;

import brisk.syntax.ParserState.Marker;
import java.util.function.Predicate;

/**
 * Grammar entry points and the small rules shared by all others: names, visibility, attributes,
 * token trees, lifetimes and comma-separated delimited lists.
 *
 * <p>Convention for every rule: it either consumes at least one token or reports an error and
 * returns without consuming, and every loop stops at EOF, so parsing always terminates.
 */
final class Grammar {
    private Grammar() {
    }

    static final TokenSet CLOSING_DELIMS = TokenSet.of(R_PAREN, R_BRACK, R_CURLY);
    /** Tokens that end a broken delimited list: a statement end or the start of a new item. */
    private static final TokenSet LIST_STOP = TokenSet.of(SEMICOLON, FN_KW, STRUCT_KW, ENUM_KW, IMPL_KW, TRAIT_KW,
            MOD_KW, USE_KW, LET_KW, STATIC_KW);

    static void sourceFile(ParserState p) {
        Marker m = p.start();
        innerAttrs(p);
        Items.itemList(p, false);
        m.complete(p, SOURCE_FILE);
    }

    /** Root is the BLOCK_EXPR itself; anything after the block is kept in a trailing ERROR node. */
    static void blockExprRoot(ParserState p) {
        Marker m = p.start();
        if (p.at(L_CURLY)) {
            Exprs.stmtList(p);
        } else {
            p.error("expected `{`, found " + p.describeCurrent());
        }
        if (!p.atEnd()) {
            p.error("expected end of block body, found " + p.describeCurrent());
            Marker err = p.start();
            while (!p.atEnd()) {
                p.bumpAny();
            }
            err.complete(p, ERROR);
        }
        m.complete(p, BLOCK_EXPR);
    }

    // ----- names

    static void name(ParserState p) {
        nameRecover(p, TokenSet.EMPTY);
    }

    static void nameRecover(ParserState p, TokenSet recovery) {
        if (p.at(IDENT)) {
            Marker m = p.start();
            p.bump(IDENT);
            m.complete(p, NAME);
        } else {
            p.errRecover("expected identifier, found " + p.describeCurrent(), recovery);
        }
    }

    static void nameRef(ParserState p) {
        if (p.at(IDENT)) {
            Marker m = p.start();
            p.bump(IDENT);
            m.complete(p, NAME_REF);
        } else {
            p.errAndBump("expected identifier, found " + p.describeCurrent());
        }
    }

    /** A NAME_REF made of an identifier or a tuple index ({@code x.0}, {@code S { 0: v }}). */
    static void nameRefOrIndex(ParserState p) {
        Marker m = p.start();
        p.bumpAny();
        m.complete(p, NAME_REF);
    }

    static void lifetime(ParserState p) {
        Marker m = p.start();
        p.bump(LIFETIME_IDENT);
        m.complete(p, LIFETIME);
    }

    // ----- visibility

    /** {@code pub}, {@code pub(crate)}, {@code pub(self)}, {@code pub(super)}, {@code pub(in path)}. */
    static boolean optVisibility(ParserState p) {
        if (!p.at(PUB_KW)) {
            return false;
        }
        Marker m = p.start();
        p.bump(PUB_KW);
        if (p.at(L_PAREN)) {
            SyntaxKind k = p.nth(1);
            boolean restricted = ((k == CRATE_KW || k == SELF_KW || k == SUPER_KW) && p.nth(2) == R_PAREN)
                    || k == IN_KW;
            if (restricted) {
                p.bump(L_PAREN);
                p.eat(IN_KW);
                Paths.usePath(p);
                p.expect(R_PAREN);
            }
        }
        m.complete(p, VISIBILITY);
        return true;
    }

    // ----- attributes

    static void innerAttrs(ParserState p) {
        while (p.at(POUND) && p.nth(1) == BANG && p.nth(2) == L_BRACK) {
            attr(p, true);
        }
    }

    static void outerAttrs(ParserState p) {
        while (p.at(POUND) && p.nth(1) == L_BRACK) {
            attr(p, false);
        }
    }

    private static void attr(ParserState p, boolean inner) {
        Marker m = p.start();
        p.bump(POUND);
        if (inner) {
            p.bump(BANG);
        }
        p.bump(L_BRACK);
        meta(p);
        if (!p.eat(R_BRACK)) {
            p.error("expected `]`, found " + p.describeCurrent());
            // Skip to the closing bracket of this attribute, keeping nested trees balanced.
            Marker err = p.start();
            while (!p.atEnd() && !p.at(R_BRACK) && !p.at(R_CURLY)) {
                if (p.at(L_PAREN) || p.at(L_BRACK) || p.at(L_CURLY)) {
                    tokenTree(p);
                } else {
                    p.bumpAny();
                }
            }
            err.complete(p, ERROR);
            p.eat(R_BRACK);
        }
        m.complete(p, ATTR);
    }

    /** Attribute body: {@code path}, {@code path(tt)}, {@code path = expr}, {@code unsafe(meta)}. */
    private static void meta(ParserState p) {
        Marker m = p.start();
        if (p.at(UNSAFE_KW) && p.nth(1) == L_PAREN) {
            p.bump(UNSAFE_KW);
            p.bump(L_PAREN);
            meta(p);
            p.expect(R_PAREN);
            m.complete(p, META);
            return;
        }
        if (Paths.atPathStart(p)) {
            Paths.usePath(p);
        } else {
            p.error("expected identifier, found " + p.describeCurrent());
        }
        if (p.at(L_PAREN) || p.at(L_BRACK) || p.at(L_CURLY)) {
            tokenTree(p);
        } else if (p.at(EQ) && !p.at(EQ2) && !p.at(FAT_ARROW)) {
            p.bump(EQ);
            Exprs.expr(p);
        }
        m.complete(p, META);
    }

    // ----- token trees

    /** A balanced {@code (..)}, {@code [..]} or {@code {..}} of single tokens, with nested trees. */
    static void tokenTree(ParserState p) {
        if (!p.enter()) {
            return;
        }
        try {
            tokenTreeUnguarded(p);
        } finally {
            p.exit();
        }
    }

    private static void tokenTreeUnguarded(ParserState p) {
        Marker m = p.start();
        SyntaxKind open = p.current();
        SyntaxKind close = switch (open) {
            case L_PAREN -> R_PAREN;
            case L_BRACK -> R_BRACK;
            default -> R_CURLY;
        };
        p.bumpAny();
        while (!p.atEnd()) {
            SyntaxKind k = p.current();
            if (k == close) {
                break;
            }
            if (CLOSING_DELIMS.contains(k)) {
                // A mismatched closer belongs to an enclosing tree (or is a stray for the caller).
                break;
            }
            if (k == L_PAREN || k == L_BRACK || k == L_CURLY) {
                tokenTree(p);
            } else {
                p.bumpAny();
            }
        }
        if (!p.eat(close)) {
            p.error(p.atEnd()
                    ? "this file contains an unclosed delimiter"
                    : "mismatched closing delimiter: " + p.describeCurrent());
        }
        m.complete(p, TOKEN_TREE);
    }

    /** Reports {@code message} and skips one token, or a whole balanced tree when at an opener. */
    static void errorSkip(ParserState p, String message) {
        p.error(message);
        if (p.atEnd()) {
            return;
        }
        Marker m = p.start();
        if (p.at(L_PAREN) || p.at(L_BRACK) || p.at(L_CURLY)) {
            tokenTree(p);
        } else {
            p.bumpAny();
        }
        m.complete(p, ERROR);
    }

    // ----- delimited lists

    /**
     * {@code bra (elem (delim elem)* delim?)? ket}. {@code elem} returns false if it could not start
     * (having consumed nothing); the offending token is then reported and skipped.
     */
    static void delimited(ParserState p, SyntaxKind bra, SyntaxKind ket, String what, TokenSet first,
            Predicate<ParserState> elem) {
        delimited(p, bra, ket, what, first, elem,
                "one of `,` or " + ParserState.describe(ket));
    }

    /**
     * As above; {@code expectedAfterElement} words the error for a missing separator the way rustc
     * does for this list (e.g. {@code "one of `)`, `,`, `.`, `?`, or an operator"}).
     */
    static void delimited(ParserState p, SyntaxKind bra, SyntaxKind ket, String what, TokenSet first,
            Predicate<ParserState> elem, String expectedAfterElement) {
        p.bump(bra);
        while (!p.at(ket) && !p.atEnd()) {
            if (p.at(COMMA)) {
                p.errAndBump("expected " + what + ", found `,`");
                continue;
            }
            int before = p.position();
            if (!elem.test(p) || p.position() == before) {
                if (p.atTs(CLOSING_DELIMS) || p.atTs(LIST_STOP)) {
                    break;
                }
                errorSkip(p, "expected " + what + ", found " + p.describeCurrent());
                continue;
            }
            if (p.at(ket)) {
                break;
            }
            if (!p.eat(COMMA)) {
                p.error("expected " + expectedAfterElement + ", found " + p.describeCurrent());
                if (!p.atTs(first)) {
                    break;
                }
            }
        }
        if (!p.eat(ket)) {
            if (!p.atTs(CLOSING_DELIMS) || p.atEnd()) {
                p.error("expected " + ParserState.describe(ket) + ", found " + p.describeCurrent());
            } else {
                p.error("mismatched closing delimiter: " + p.describeCurrent());
            }
        }
    }
}
