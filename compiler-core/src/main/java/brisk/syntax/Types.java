package brisk.syntax;

import static brisk.syntax.SyntaxKind.*;

import brisk.syntax.ParserState.Marker;

/** Types: paths, references, pointers, tuples, arrays, slices, impl/dyn Trait, fn pointers, `!`, `_`. */
final class Types {
    private Types() {
    }

    static final TokenSet TYPE_FIRST = Paths.PATH_START.union(TokenSet.of(
            L_PAREN, BANG, STAR, L_BRACK, AMP, UNDERSCORE, FN_KW, UNSAFE_KW, EXTERN_KW, FOR_KW, IMPL_KW, DYN_KW,
            LT));
    private static final TokenSet TYPE_RECOVERY = TokenSet.of(R_PAREN, COMMA, SEMICOLON, GT, EQ);

    /** A type, allowing {@code + Bound} after {@code impl}/{@code dyn}. */
    static void type(ParserState p) {
        type(p, true);
    }

    /** A type where a trailing {@code +} is not part of it (after {@code &}, {@code as}). */
    static void typeNoBounds(ParserState p) {
        type(p, false);
    }

    private static void type(ParserState p, boolean allowBounds) {
        if (!p.enter()) {
            return;
        }
        try {
            typeUnguarded(p, allowBounds);
        } finally {
            p.exit();
        }
    }

    private static void typeUnguarded(ParserState p, boolean allowBounds) {
        switch (p.current()) {
            case L_PAREN -> parenOrTupleType(p);
            case BANG -> {
                Marker m = p.start();
                p.bump(BANG);
                m.complete(p, NEVER_TYPE);
            }
            case STAR -> {
                Marker m = p.start();
                p.bump(STAR);
                if (!p.eat(CONST_KW) && !p.eat(MUT_KW)) {
                    p.error("expected mut or const in raw pointer type");
                }
                typeNoBounds(p);
                m.complete(p, PTR_TYPE);
            }
            case L_BRACK -> arrayOrSliceType(p);
            case AMP -> {
                Marker m = p.start();
                p.bump(AMP);
                if (p.at(LIFETIME_IDENT)) {
                    Grammar.lifetime(p);
                }
                p.eat(MUT_KW);
                typeNoBounds(p);
                m.complete(p, REF_TYPE);
            }
            case UNDERSCORE -> {
                Marker m = p.start();
                p.bump(UNDERSCORE);
                m.complete(p, INFER_TYPE);
            }
            case FN_KW, UNSAFE_KW, EXTERN_KW -> fnPtrType(p);
            case FOR_KW -> {
                Marker m = p.start();
                Generics.forBinder(p);
                type(p, allowBounds);
                m.complete(p, FOR_TYPE);
            }
            case IMPL_KW -> {
                Marker m = p.start();
                p.bump(IMPL_KW);
                boundsAfterKeyword(p, allowBounds);
                m.complete(p, IMPL_TRAIT_TYPE);
            }
            case DYN_KW -> {
                Marker m = p.start();
                p.bump(DYN_KW);
                boundsAfterKeyword(p, allowBounds);
                m.complete(p, DYN_TRAIT_TYPE);
            }
            default -> {
                if (Paths.atPathStart(p)) {
                    pathOrMacroType(p);
                } else {
                    p.errRecover("expected type, found " + p.describeCurrent(), TYPE_RECOVERY);
                }
            }
        }
    }

    private static void boundsAfterKeyword(ParserState p, boolean allowBounds) {
        if (allowBounds) {
            Generics.boundList(p);
        } else {
            Marker list = p.start();
            Marker bound = p.start();
            if (p.at(LIFETIME_IDENT)) {
                Grammar.lifetime(p);
            } else {
                p.eat(QUESTION);
                Marker t = p.start();
                Paths.typePath(p);
                t.complete(p, PATH_TYPE);
            }
            bound.complete(p, TYPE_BOUND);
            list.complete(p, TYPE_BOUND_LIST);
        }
    }

    private static void pathOrMacroType(ParserState p) {
        Marker m = p.start();
        Paths.typePath(p);
        if (p.at(BANG) && !p.at(NEQ)) {
            p.bump(BANG);
            Items.macroBody(p);
            m.complete(p, MACRO_CALL).precede(p).complete(p, MACRO_TYPE);
            return;
        }
        m.complete(p, PATH_TYPE);
    }

    private static void parenOrTupleType(ParserState p) {
        Marker m = p.start();
        p.bump(L_PAREN);
        int elements = 0;
        boolean trailingComma = false;
        while (!p.at(R_PAREN) && !p.atEnd()) {
            if (!p.atTs(TYPE_FIRST)) {
                Grammar.errorSkip(p, "expected type, found " + p.describeCurrent());
                if (p.atTs(Grammar.CLOSING_DELIMS)) {
                    break;
                }
                continue;
            }
            type(p);
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
        m.complete(p, elements == 1 && !trailingComma ? PAREN_TYPE : TUPLE_TYPE);
    }

    private static void arrayOrSliceType(ParserState p) {
        Marker m = p.start();
        p.bump(L_BRACK);
        type(p);
        if (p.eat(SEMICOLON)) {
            Exprs.expr(p);
            p.expect(R_BRACK);
            m.complete(p, ARRAY_TYPE);
        } else {
            p.expect(R_BRACK);
            m.complete(p, SLICE_TYPE);
        }
    }

    /** {@code unsafe extern "C" fn(A, b: B) -> R} */
    private static void fnPtrType(ParserState p) {
        Marker m = p.start();
        p.eat(UNSAFE_KW);
        if (p.at(EXTERN_KW)) {
            Items.abi(p);
        }
        if (!p.expect(FN_KW)) {
            m.complete(p, FN_PTR_TYPE);
            return;
        }
        if (p.at(L_PAREN)) {
            Items.paramList(p, Items.ParamFlavor.FN_PTR);
        } else {
            p.error("expected `(`, found " + p.describeCurrent());
        }
        optRetTypeNoBounds(p);
        m.complete(p, FN_PTR_TYPE);
    }

    /** {@code -> Type} if present. */
    static void optRetType(ParserState p) {
        if (p.at(THIN_ARROW)) {
            Marker m = p.start();
            p.bump(THIN_ARROW);
            type(p);
            m.complete(p, RET_TYPE);
        }
    }

    private static void optRetTypeNoBounds(ParserState p) {
        if (p.at(THIN_ARROW)) {
            Marker m = p.start();
            p.bump(THIN_ARROW);
            typeNoBounds(p);
            m.complete(p, RET_TYPE);
        }
    }
}
