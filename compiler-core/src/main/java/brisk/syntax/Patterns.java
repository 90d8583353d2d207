package brisk.syntax;

import static brisk.syntax.SyntaxKind.*;

import brisk.syntax.ParserState.CompletedMarker;
import brisk.syntax.ParserState.Marker;

/** Patterns, including or-patterns, ranges, slices, and struct/tuple-struct patterns. */
final class Patterns {
    private Patterns() {
    }

    static final TokenSet LITERAL_FIRST = TokenSet.of(INT_NUMBER, FLOAT_NUMBER, STRING, BYTE_STRING, C_STRING, CHAR,
            BYTE, TRUE_KW, FALSE_KW);
    static final TokenSet PAT_FIRST = Paths.SEGMENT_START.union(LITERAL_FIRST).union(TokenSet.of(
            LT, UNDERSCORE, DOT, AMP, L_PAREN, L_BRACK, MINUS, REF_KW, MUT_KW, PIPE));
    private static final TokenSet PAT_RECOVERY = TokenSet.of(LET_KW, IF_KW, EQ, COLON, COMMA, R_PAREN, R_BRACK, PIPE);

    static boolean atPatternStart(ParserState p) {
        return p.atTs(PAT_FIRST) || p.at(COLON2);
    }

    /** A top-level pattern: {@code |}-separated alternatives with an optional leading {@code |}. */
    static void pattern(ParserState p) {
        Marker m = p.start();
        boolean leading = p.at(PIPE) && !p.at(PIPE2) && p.eat(PIPE);
        CompletedMarker first = patternSingle(p);
        if (p.at(PIPE) && !p.at(PIPE2) && !p.at(PIPEEQ)) {
            while (p.at(PIPE) && !p.at(PIPE2) && !p.at(PIPEEQ)) {
                p.bump(PIPE);
                patternSingle(p);
            }
            m.complete(p, OR_PAT);
        } else if (leading) {
            m.complete(p, OR_PAT);
        } else {
            m.abandon(p);
        }
    }

    /** One alternative (no top-level {@code |}). Returns null if no pattern could start. */
    static CompletedMarker patternSingle(ParserState p) {
        if (!p.enter()) {
            return null;
        }
        try {
            return patternSingleUnguarded(p);
        } finally {
            p.exit();
        }
    }

    private static CompletedMarker patternSingleUnguarded(ParserState p) {
        CompletedMarker atom = atom(p);
        if (atom == null) {
            return null;
        }
        if ((atom.kind() == LITERAL_PAT || atom.kind() == PATH_PAT) && atRangeOp(p)) {
            Marker m = atom.precede(p);
            bumpRangeOp(p);
            if (atRangeEndStart(p)) {
                rangeEnd(p);
            }
            return m.complete(p, RANGE_PAT);
        }
        return atom;
    }

    private static boolean atRangeOp(ParserState p) {
        return p.at(DOT2EQ) || p.at(DOT3) || p.at(DOT2);
    }

    private static void bumpRangeOp(ParserState p) {
        if (!p.eat(DOT2EQ) && !p.eat(DOT3)) {
            p.bump(DOT2);
        }
    }

    private static boolean atRangeEndStart(ParserState p) {
        return p.atTs(LITERAL_FIRST) || p.at(MINUS) || (Paths.atPathStart(p) && !p.at(LT));
    }

    private static void rangeEnd(ParserState p) {
        if (p.at(MINUS) || p.atTs(LITERAL_FIRST)) {
            literalPat(p);
        } else {
            Marker m = p.start();
            Paths.exprPath(p);
            m.complete(p, PATH_PAT);
        }
    }

    private static CompletedMarker atom(ParserState p) {
        switch (p.current()) {
            case UNDERSCORE -> {
                Marker m = p.start();
                p.bump(UNDERSCORE);
                return m.complete(p, WILDCARD_PAT);
            }
            case DOT -> {
                if (p.at(DOT2EQ) || p.at(DOT3)) {
                    // Half-open range pattern `..=X`.
                    Marker m = p.start();
                    bumpRangeOp(p);
                    rangeEnd(p);
                    return m.complete(p, RANGE_PAT);
                }
                if (p.at(DOT2)) {
                    Marker m = p.start();
                    p.bump(DOT2);
                    if (atRangeEndStart(p)) {
                        rangeEnd(p);
                        return m.complete(p, RANGE_PAT);
                    }
                    return m.complete(p, REST_PAT);
                }
            }
            case AMP -> {
                Marker m = p.start();
                p.bump(AMP);
                p.eat(MUT_KW);
                if (patternSingle(p) == null) {
                    p.error("expected pattern, found " + p.describeCurrent());
                }
                return m.complete(p, REF_PAT);
            }
            case L_PAREN -> {
                return tupleOrParenPat(p);
            }
            case L_BRACK -> {
                Marker m = p.start();
                patList(p, L_BRACK, R_BRACK);
                return m.complete(p, SLICE_PAT);
            }
            case MINUS -> {
                if (p.atTs(LITERAL_FIRST) || p.nthAtTs(1, LITERAL_FIRST)) {
                    return literalPat(p);
                }
            }
            case REF_KW, MUT_KW -> {
                return identPat(p);
            }
            case IDENT -> {
                SyntaxKind next = p.nth(1);
                boolean pathLike = p.nthAt(1, COLON2) || next == L_PAREN || next == L_CURLY
                        || (next == BANG && !p.nthAt(1, NEQ)) || next == DOT && (p.nthAt(1, DOT2) || p.nthAt(1, DOT3));
                if (!pathLike) {
                    return identPat(p);
                }
                return pathPat(p);
            }
            default -> {
                if (p.atTs(LITERAL_FIRST)) {
                    return literalPat(p);
                }
                if (Paths.atPathStart(p)) {
                    return pathPat(p);
                }
            }
        }
        p.errRecover("expected pattern, found " + p.describeCurrent(), PAT_RECOVERY);
        return null;
    }

    private static CompletedMarker literalPat(ParserState p) {
        Marker m = p.start();
        p.eat(MINUS);
        if (p.atTs(LITERAL_FIRST)) {
            Exprs.literal(p);
        } else {
            p.error("expected literal, found " + p.describeCurrent());
        }
        return m.complete(p, LITERAL_PAT);
    }

    /** {@code ref mut name @ subpattern} */
    private static CompletedMarker identPat(ParserState p) {
        Marker m = p.start();
        p.eat(REF_KW);
        p.eat(MUT_KW);
        if (p.at(IDENT) || p.at(SELF_KW)) {
            Marker n = p.start();
            p.bumpAny();
            n.complete(p, NAME);
        } else {
            p.error("expected identifier, found " + p.describeCurrent());
        }
        if (p.eat(AT)) {
            if (patternSingle(p) == null) {
                p.error("expected pattern, found " + p.describeCurrent());
            }
        }
        return m.complete(p, IDENT_PAT);
    }

    private static CompletedMarker pathPat(ParserState p) {
        Marker m = p.start();
        Paths.exprPath(p);
        switch (p.current()) {
            case L_PAREN -> {
                patList(p, L_PAREN, R_PAREN);
                return m.complete(p, TUPLE_STRUCT_PAT);
            }
            case L_CURLY -> {
                recordPatFieldList(p);
                return m.complete(p, RECORD_PAT);
            }
            case BANG -> {
                if (!p.at(NEQ)) {
                    p.bump(BANG);
                    Items.macroBody(p);
                    return m.complete(p, MACRO_CALL).precede(p).complete(p, MACRO_PAT);
                }
            }
            default -> {
            }
        }
        return m.complete(p, PATH_PAT);
    }

    private static CompletedMarker tupleOrParenPat(ParserState p) {
        Marker m = p.start();
        p.bump(L_PAREN);
        int elements = 0;
        boolean trailingComma = false;
        boolean sawRest = false;
        while (!p.at(R_PAREN) && !p.atEnd()) {
            if (!atPatternStart(p)) {
                if (p.atTs(Grammar.CLOSING_DELIMS) || p.at(L_CURLY)) {
                    break;
                }
                Grammar.errorSkip(p, "expected pattern, found " + p.describeCurrent());
                continue;
            }
            CompletedMarker elem = null;
            if (p.at(PIPE) && !p.at(PIPE2)) {
                pattern(p);
            } else {
                elem = patternSingle(p);
                if (p.at(PIPE) && !p.at(PIPE2) && elem != null) {
                    Marker or = elem.precede(p);
                    while (p.at(PIPE) && !p.at(PIPE2)) {
                        p.bump(PIPE);
                        patternSingle(p);
                    }
                    or.complete(p, OR_PAT);
                }
            }
            sawRest |= elem != null && elem.kind() == REST_PAT;
            elements++;
            trailingComma = false;
            if (p.at(R_PAREN)) {
                break;
            }
            if (!p.eat(COMMA)) {
                p.error("expected one of `)` or `,`, found " + p.describeCurrent());
                break;
            }
            trailingComma = true;
        }
        p.expect(R_PAREN);
        boolean paren = elements == 1 && !trailingComma && !sawRest;
        return m.complete(p, paren ? PAREN_PAT : TUPLE_PAT);
    }

    /** Comma-separated full patterns between {@code bra} and {@code ket}. */
    private static void patList(ParserState p, SyntaxKind bra, SyntaxKind ket) {
        Grammar.delimited(p, bra, ket, "pattern", PAT_FIRST, q -> {
            if (!atPatternStart(q)) {
                return false;
            }
            pattern(q);
            return true;
        });
    }

    private static void recordPatFieldList(ParserState p) {
        Marker m = p.start();
        TokenSet first = TokenSet.of(IDENT, INT_NUMBER, REF_KW, MUT_KW, DOT, POUND);
        Grammar.delimited(p, L_CURLY, R_CURLY, "identifier", first, q -> {
            if (!q.atTs(first)) {
                return false;
            }
            Marker f = q.start();
            Grammar.outerAttrs(q);
            if (q.at(DOT2)) {
                Marker rest = q.start();
                q.bump(DOT2);
                rest.complete(q, REST_PAT);
            } else if ((q.at(IDENT) || q.at(INT_NUMBER)) && q.nth(1) == COLON && !q.nthAt(1, COLON2)) {
                Grammar.nameRefOrIndex(q);
                q.bump(COLON);
                pattern(q);
            } else if (q.at(IDENT) || q.at(REF_KW) || q.at(MUT_KW)) {
                identPat(q);
            } else {
                q.error("expected identifier, found " + q.describeCurrent());
                f.complete(q, ERROR);
                if (!q.atEnd() && !q.at(R_CURLY)) {
                    q.bumpAny();
                }
                return true;
            }
            f.complete(q, RECORD_PAT_FIELD);
            return true;
        });
        m.complete(p, RECORD_PAT_FIELD_LIST);
    }
}
