package brisk.syntax;

import static brisk.syntax.SyntaxKind.*;

import brisk.syntax.ParserState.Marker;

/** Generic parameter lists, generic argument lists, type bounds and where clauses. */
final class Generics {
    private Generics() {
    }

    private static final TokenSet PARAM_FIRST = TokenSet.of(LIFETIME_IDENT, IDENT, CONST_KW, POUND);
    private static final TokenSet ARG_FIRST = Types.TYPE_FIRST.union(
            TokenSet.of(LIFETIME_IDENT, L_CURLY, INT_NUMBER, FLOAT_NUMBER, STRING, CHAR, BYTE, TRUE_KW, FALSE_KW, MINUS));

    static void optGenericParamList(ParserState p) {
        if (p.at(LT)) {
            genericParamList(p);
        }
    }

    static void genericParamList(ParserState p) {
        Marker m = p.start();
        Grammar.delimited(p, LT, GT, "one of `>`, const, identifier, or lifetime", PARAM_FIRST, Generics::genericParam,
                "one of `,`, `:`, `=`, or `>`");
        m.complete(p, GENERIC_PARAM_LIST);
    }

    private static boolean genericParam(ParserState p) {
        if (!p.atTs(PARAM_FIRST)) {
            return false;
        }
        Marker m = p.start();
        Grammar.outerAttrs(p);
        switch (p.current()) {
            case LIFETIME_IDENT -> {
                Grammar.lifetime(p);
                if (p.eat(COLON)) {
                    lifetimeBounds(p);
                }
                m.complete(p, LIFETIME_PARAM);
            }
            case IDENT -> {
                Grammar.name(p);
                if (p.at(COLON) && !p.at(COLON2)) {
                    p.bump(COLON);
                    boundList(p);
                }
                if (p.at(EQ) && !p.at(EQ2)) {
                    p.bump(EQ);
                    Types.type(p);
                }
                m.complete(p, TYPE_PARAM);
            }
            case CONST_KW -> {
                p.bump(CONST_KW);
                Grammar.name(p);
                if (p.expect(COLON)) {
                    Types.type(p);
                }
                if (p.at(EQ) && !p.at(EQ2)) {
                    p.bump(EQ);
                    constArgValue(p);
                }
                m.complete(p, CONST_PARAM);
            }
            default -> {
                p.error("expected one of `>`, const, identifier, or lifetime, found " + p.describeCurrent());
                m.complete(p, ERROR);
            }
        }
        return true;
    }

    private static void lifetimeBounds(ParserState p) {
        Marker list = p.start();
        while (p.at(LIFETIME_IDENT)) {
            Marker b = p.start();
            Grammar.lifetime(p);
            b.complete(p, TYPE_BOUND);
            if (!p.eat(PLUS)) {
                break;
            }
        }
        list.complete(p, TYPE_BOUND_LIST);
    }

    /** {@code Bound + Bound + ...} (possibly empty, as in {@code T:}). */
    static void boundList(ParserState p) {
        Marker list = p.start();
        while (atBoundStart(p)) {
            typeBound(p);
            if (!p.eat(PLUS)) {
                break;
            }
        }
        list.complete(p, TYPE_BOUND_LIST);
    }

    static boolean atBoundStart(ParserState p) {
        return p.at(LIFETIME_IDENT) || p.at(QUESTION) || p.at(FOR_KW) || p.at(L_PAREN) || p.at(TILDE)
                || p.at(CONST_KW) || p.at(ASYNC_KW) || Paths.atPathStart(p);
    }

    private static void typeBound(ParserState p) {
        Marker m = p.start();
        if (p.at(LIFETIME_IDENT)) {
            Grammar.lifetime(p);
            m.complete(p, TYPE_BOUND);
            return;
        }
        boolean paren = p.eat(L_PAREN);
        if (p.at(TILDE) && p.nth(1) == CONST_KW) {
            p.bump(TILDE);
            p.bump(CONST_KW);
        }
        p.eat(ASYNC_KW);
        p.eat(QUESTION);
        if (p.at(FOR_KW)) {
            forBinder(p);
        }
        if (Paths.atPathStart(p)) {
            Marker t = p.start();
            Paths.typePath(p);
            t.complete(p, PATH_TYPE);
        } else {
            p.error("expected trait bound, found " + p.describeCurrent());
        }
        if (paren) {
            p.expect(R_PAREN);
        }
        m.complete(p, TYPE_BOUND);
    }

    /** {@code for<'a, 'b>} */
    static void forBinder(ParserState p) {
        Marker m = p.start();
        p.bump(FOR_KW);
        if (p.at(LT)) {
            genericParamList(p);
        } else {
            p.error("expected `<`, found " + p.describeCurrent());
        }
        m.complete(p, FOR_BINDER);
    }

    // ----- where clauses

    static void optWhereClause(ParserState p) {
        if (!p.at(WHERE_KW)) {
            return;
        }
        Marker m = p.start();
        p.bump(WHERE_KW);
        while (p.at(LIFETIME_IDENT) || p.at(FOR_KW) || p.atTs(Types.TYPE_FIRST)) {
            wherePred(p);
            if (!p.eat(COMMA)) {
                break;
            }
        }
        m.complete(p, WHERE_CLAUSE);
    }

    private static void wherePred(ParserState p) {
        Marker m = p.start();
        if (p.at(LIFETIME_IDENT)) {
            Grammar.lifetime(p);
            if (p.expect(COLON)) {
                lifetimeBounds(p);
            }
        } else {
            if (p.at(FOR_KW)) {
                forBinder(p);
            }
            Types.type(p);
            if (p.at(COLON) && !p.at(COLON2)) {
                p.bump(COLON);
                boundList(p);
            } else {
                p.error("expected `:`, found " + p.describeCurrent());
            }
        }
        m.complete(p, WHERE_PRED);
    }

    // ----- generic arguments

    /** {@code <A, 'a, N, Item = T>}, or with {@code turbofish} {@code ::<...>}. */
    static void genericArgList(ParserState p, boolean turbofish) {
        Marker m = p.start();
        if (turbofish) {
            p.bump(COLON2);
        }
        Grammar.delimited(p, LT, GT, "generic argument", ARG_FIRST, Generics::genericArg);
        m.complete(p, GENERIC_ARG_LIST);
    }

    private static boolean genericArg(ParserState p) {
        Marker m = p.start();
        switch (p.current()) {
            case LIFETIME_IDENT -> {
                Grammar.lifetime(p);
                m.complete(p, LIFETIME_ARG);
            }
            case L_CURLY, INT_NUMBER, FLOAT_NUMBER, STRING, CHAR, BYTE, TRUE_KW, FALSE_KW, MINUS -> {
                constArgValue(p);
                m.complete(p, CONST_ARG);
            }
            case IDENT -> {
                boolean binding = (p.nth(1) == EQ && !p.nthAt(1, EQ2) && !p.nthAt(1, FAT_ARROW))
                        || (p.nth(1) == COLON && !p.nthAt(1, COLON2));
                if (binding) {
                    Grammar.nameRef(p);
                    if (p.at(COLON)) {
                        p.bump(COLON);
                        boundList(p);
                    } else {
                        p.bump(EQ);
                        if (p.at(L_CURLY) || p.at(MINUS) || Exprs.atLiteral(p)) {
                            // Associated const equality `Tr<N = 3>`.
                            constArgValue(p);
                        } else {
                            Types.type(p);
                        }
                    }
                    m.complete(p, ASSOC_TYPE_ARG);
                } else {
                    Types.type(p);
                    m.complete(p, TYPE_ARG);
                }
            }
            default -> {
                if (!p.atTs(Types.TYPE_FIRST)) {
                    m.abandon(p);
                    return false;
                }
                Types.type(p);
                m.complete(p, TYPE_ARG);
            }
        }
        return true;
    }

    /** A const generic argument: a block, a (possibly negated) literal, or a path. */
    private static void constArgValue(ParserState p) {
        if (p.at(L_CURLY)) {
            Exprs.blockExpr(p);
        } else if (p.at(MINUS)) {
            Marker m = p.start();
            p.bump(MINUS);
            Exprs.literal(p);
            m.complete(p, PREFIX_EXPR);
        } else if (Exprs.atLiteral(p)) {
            Exprs.literal(p);
        } else {
            Marker m = p.start();
            Paths.exprPath(p);
            m.complete(p, PATH_EXPR);
        }
    }
}
