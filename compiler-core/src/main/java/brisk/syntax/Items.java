package brisk.syntax;

import static brisk.syntax.SyntaxKind.*;

import brisk.syntax.ParserState.Marker;

/** Items: fn, struct, enum, union, trait, impl, mod, use, type, const, static, extern, macros. */
final class Items {
    private Items() {
    }

    enum ParamFlavor { FN_DEF, FN_PTR, CLOSURE }

    /** Tokens at which an item-level error stops skipping: the start of a likely next item. */
    static final TokenSet ITEM_RECOVERY = TokenSet.of(FN_KW, STRUCT_KW, ENUM_KW, IMPL_KW, TRAIT_KW, CONST_KW,
            ASYNC_KW, UNSAFE_KW, EXTERN_KW, STATIC_KW, LET_KW, MOD_KW, PUB_KW, CRATE_KW, USE_KW, TYPE_KW,
            SEMICOLON);

    private static final TokenSet FIELD_FIRST = TokenSet.of(IDENT, PUB_KW, POUND);

    /** Items until EOF (or until `}` when {@code inBraces}). */
    static void itemList(ParserState p, boolean inBraces) {
        if (!p.enter()) {
            return;
        }
        try {
            itemListUnguarded(p, inBraces);
        } finally {
            p.exit();
        }
    }

    private static void itemListUnguarded(ParserState p, boolean inBraces) {
        while (!p.atEnd() && !(inBraces && p.at(R_CURLY))) {
            itemOrMacro(p, inBraces);
        }
    }

    private static void itemOrMacro(ParserState p, boolean inBraces) {
        Marker m = p.start();
        Grammar.outerAttrs(p);
        if (optItem(p, m)) {
            return;
        }
        if (Paths.atPathStart(p) && !p.at(LT)) {
            macroCallItem(p, m);
            return;
        }
        boolean hadAttrs = p.eventCount() - 1 != m.pos();
        m.abandon(p);
        if (p.at(R_CURLY) && !inBraces) {
            p.errAndBump("unexpected closing delimiter: `}`");
        } else if (p.atEnd() || (inBraces && p.at(R_CURLY))) {
            p.error("expected item after attributes");
        } else {
            p.error((hadAttrs ? "expected item after attributes, found " : "expected item, found ")
                    + p.describeCurrent());
            skipToNextItem(p);
        }
    }

    /**
     * Skips a run of garbage at item level as one ERROR node (one error, not one per token): up to
     * the start of something that looks like an item, an attribute, or a closing brace; a stray
     * {@code ;} is swallowed too.
     */
    private static void skipToNextItem(ParserState p) {
        Marker err = p.start();
        do {
            if (p.at(L_PAREN) || p.at(L_BRACK) || p.at(L_CURLY)) {
                Grammar.tokenTree(p);
            } else {
                p.bumpAny();
            }
        } while (!p.atEnd() && !p.at(R_CURLY) && !p.at(POUND) && !p.at(SEMICOLON)
                && !(p.atTs(ITEM_RECOVERY) && (p.at(PUB_KW) || itemKindAhead(p) != null)));
        p.eat(SEMICOLON);
        err.complete(p, ERROR);
    }

    /**
     * Parses an item into {@code m} (whose outer attributes are already consumed) if one starts
     * here. Returns false, consuming nothing more, if no item starts here.
     */
    static boolean optItem(ParserState p, Marker m) {
        boolean hasVis = Grammar.optVisibility(p);
        SyntaxKind kind = itemKindAhead(p);
        if (kind == null) {
            if (hasVis) {
                p.error("expected item after visibility, found " + p.describeCurrent());
                m.complete(p, ERROR);
                return true;
            }
            return false;
        }
        switch (kind) {
            case FN -> fn(p);
            case STRUCT -> struct(p);
            case UNION -> union(p);
            case ENUM -> enumItem(p);
            case TRAIT -> trait(p);
            case IMPL -> impl(p);
            case MODULE -> module(p);
            case USE -> use(p);
            case TYPE_ALIAS -> typeAlias(p);
            case CONST -> constOrStatic(p, CONST_KW);
            case STATIC -> constOrStatic(p, STATIC_KW);
            case EXTERN_CRATE -> externCrate(p);
            case EXTERN_BLOCK -> externBlock(p);
            case MACRO_RULES -> macroRules(p);
            default -> throw new IllegalStateException(kind.name());
        }
        m.complete(p, kind);
        return true;
    }

    /** Which item starts at the cursor (after visibility), or null. Pure lookahead. */
    private static SyntaxKind itemKindAhead(ParserState p) {
        int i = 0;
        // Qualifiers shared by fn / impl / trait / extern blocks.
        boolean sawConst = false;
        while (true) {
            SyntaxKind k = p.nth(i);
            if (k == CONST_KW && !sawConst && (p.nth(i + 1) == FN_KW || p.nth(i + 1) == UNSAFE_KW
                    || p.nth(i + 1) == ASYNC_KW || p.nth(i + 1) == EXTERN_KW)) {
                sawConst = true;
                i++;
            } else if (k == ASYNC_KW && (p.nth(i + 1) == FN_KW || p.nth(i + 1) == UNSAFE_KW || p.nth(i + 1) == EXTERN_KW)) {
                i++;
            } else if (k == UNSAFE_KW && p.nth(i + 1) != L_CURLY) {
                i++;
            } else if (p.nthAtContextualKw(i, "default") && (p.nth(i + 1) == FN_KW || p.nth(i + 1) == UNSAFE_KW
                    || p.nth(i + 1) == TYPE_KW || p.nth(i + 1) == CONST_KW || p.nth(i + 1) == IMPL_KW)) {
                i++;
            } else if (p.nthAtContextualKw(i, "auto") && p.nth(i + 1) == TRAIT_KW) {
                i++;
            } else if (k == EXTERN_KW && p.nth(i + 1) == STRING) {
                if (p.nth(i + 2) == L_CURLY) {
                    return EXTERN_BLOCK;
                }
                i += 2;
            } else if (k == EXTERN_KW && p.nth(i + 1) == L_CURLY) {
                return EXTERN_BLOCK;
            } else if (k == EXTERN_KW && p.nth(i + 1) == CRATE_KW && i == 0) {
                return EXTERN_CRATE;
            } else if (k == EXTERN_KW && p.nth(i + 1) == FN_KW) {
                i++;
            } else {
                break;
            }
        }
        SyntaxKind k = p.nth(i);
        if (i > 0) {
            return switch (k) {
                case FN_KW -> FN;
                case IMPL_KW -> IMPL;
                case TRAIT_KW -> TRAIT;
                case TYPE_KW -> TYPE_ALIAS;
                case CONST_KW -> CONST;
                default -> null;
            };
        }
        return switch (k) {
            case FN_KW -> FN;
            case STRUCT_KW -> STRUCT;
            case ENUM_KW -> ENUM;
            case TRAIT_KW -> TRAIT;
            case IMPL_KW -> IMPL;
            case MOD_KW -> MODULE;
            case USE_KW -> USE;
            case TYPE_KW -> TYPE_ALIAS;
            case CONST_KW -> p.nth(1) == IDENT || p.nth(1) == UNDERSCORE || p.nth(1) == MUT_KW ? CONST : null;
            case STATIC_KW -> p.nth(1) == IDENT || p.nth(1) == MUT_KW ? STATIC : null;
            case IDENT -> {
                if (p.atContextualKw("union") && p.nth(1) == IDENT) {
                    yield UNION;
                }
                if (p.atContextualKw("macro_rules") && p.nth(1) == BANG && p.nth(2) == IDENT) {
                    yield MACRO_RULES;
                }
                yield null;
            }
            default -> null;
        };
    }

    // ----- fn

    private static void fn(ParserState p) {
        while (!p.at(FN_KW) && !p.atEnd()) {
            if (p.at(EXTERN_KW)) {
                abi(p);
            } else {
                p.bumpAny(); // const / async / unsafe / default
            }
        }
        p.bump(FN_KW);
        Grammar.nameRecover(p, TokenSet.of(L_PAREN, LT));
        Generics.optGenericParamList(p);
        if (p.at(L_PAREN)) {
            paramList(p, ParamFlavor.FN_DEF);
        } else {
            p.error("expected `(`, found " + p.describeCurrent());
        }
        Types.optRetType(p);
        Generics.optWhereClause(p);
        if (!p.eat(SEMICOLON)) {
            if (p.at(L_CURLY)) {
                Exprs.blockExpr(p);
            } else {
                p.error("expected one of `->`, `;`, `where`, or `{`, found " + p.describeCurrent());
            }
        }
    }

    /** {@code extern "C"} */
    static void abi(ParserState p) {
        Marker m = p.start();
        p.bump(EXTERN_KW);
        p.eat(STRING);
        m.complete(p, ABI);
    }

    static void paramList(ParserState p, ParamFlavor flavor) {
        Marker m = p.start();
        if (flavor == ParamFlavor.CLOSURE && p.at(PIPE2)) {
            p.bump(PIPE2);
            m.complete(p, PARAM_LIST);
            return;
        }
        SyntaxKind bra = flavor == ParamFlavor.CLOSURE ? PIPE : L_PAREN;
        SyntaxKind ket = flavor == ParamFlavor.CLOSURE ? PIPE : R_PAREN;
        p.bump(bra);
        if (flavor == ParamFlavor.FN_DEF && atSelfParam(p)) {
            selfParam(p);
            if (!p.at(ket)) {
                p.expect(COMMA);
            }
        }
        while (!p.at(ket) && !p.atEnd()) {
            if (p.atTs(Grammar.CLOSING_DELIMS) || p.at(L_CURLY)) {
                break;
            }
            if (!param(p, flavor)) {
                Grammar.errorSkip(p, "expected parameter, found " + p.describeCurrent());
                continue;
            }
            if (p.at(ket)) {
                break;
            }
            if (!p.eat(COMMA)) {
                p.error("expected one of " + ParserState.describe(ket) + " or `,`, found " + p.describeCurrent());
                if (!Patterns.atPatternStart(p)) {
                    break;
                }
            }
        }
        p.expect(ket);
        m.complete(p, PARAM_LIST);
    }

    private static boolean atSelfParam(ParserState p) {
        int i = 0;
        if (p.at(AMP)) {
            i = 1;
            if (p.nth(i) == LIFETIME_IDENT) {
                i++;
            }
        }
        if (p.nth(i) == MUT_KW) {
            i++;
        }
        return p.nth(i) == SELF_KW && !p.nthAt(i + 1, COLON2);
    }

    private static void selfParam(ParserState p) {
        Marker m = p.start();
        if (p.eat(AMP)) {
            if (p.at(LIFETIME_IDENT)) {
                Grammar.lifetime(p);
            }
        }
        p.eat(MUT_KW);
        Marker name = p.start();
        p.bump(SELF_KW);
        name.complete(p, NAME);
        if (p.at(COLON) && !p.at(COLON2)) {
            p.bump(COLON);
            Types.type(p);
        }
        m.complete(p, SELF_PARAM);
    }

    private static boolean param(ParserState p, ParamFlavor flavor) {
        Marker m = p.start();
        Grammar.outerAttrs(p);
        switch (flavor) {
            case FN_DEF -> {
                if (p.at(DOT3)) {
                    p.bump(DOT3);
                    m.complete(p, PARAM);
                    return true;
                }
                if (!Patterns.atPatternStart(p)) {
                    m.abandon(p);
                    return false;
                }
                Patterns.patternSingle(p);
                if (p.at(COLON) && !p.at(COLON2)) {
                    p.bump(COLON);
                    if (p.at(DOT3)) {
                        p.bump(DOT3);
                    } else {
                        Types.type(p);
                    }
                } else {
                    p.error("expected one of `:`, `@`, or `|`, found " + p.describeCurrent());
                }
            }
            case FN_PTR -> {
                if ((p.at(IDENT) || p.at(UNDERSCORE)) && p.nth(1) == COLON && !p.nthAt(1, COLON2)) {
                    Patterns.patternSingle(p);
                    p.bump(COLON);
                } else if (!p.atTs(Types.TYPE_FIRST) && !p.at(DOT3)) {
                    m.abandon(p);
                    return false;
                }
                if (!p.eat(DOT3)) {
                    Types.type(p);
                }
            }
            case CLOSURE -> {
                if (!Patterns.atPatternStart(p)) {
                    m.abandon(p);
                    return false;
                }
                Patterns.patternSingle(p);
                if (p.at(COLON) && !p.at(COLON2)) {
                    p.bump(COLON);
                    Types.type(p);
                }
            }
        }
        m.complete(p, PARAM);
        return true;
    }

    // ----- structs, unions, enums

    private static void struct(ParserState p) {
        p.bump(STRUCT_KW);
        Grammar.nameRecover(p, ITEM_RECOVERY);
        Generics.optGenericParamList(p);
        Generics.optWhereClause(p);
        switch (p.current()) {
            case SEMICOLON -> p.bump(SEMICOLON);
            case L_CURLY -> recordFieldList(p);
            case L_PAREN -> {
                tupleFieldList(p);
                Generics.optWhereClause(p);
                p.expect(SEMICOLON);
            }
            default -> p.error("expected `where`, `{`, `(`, or `;` after struct name, found " + p.describeCurrent());
        }
    }

    private static void union(ParserState p) {
        p.bumpAny(); // contextual `union`
        Grammar.nameRecover(p, ITEM_RECOVERY);
        Generics.optGenericParamList(p);
        Generics.optWhereClause(p);
        if (p.at(L_CURLY)) {
            recordFieldList(p);
        } else {
            p.error("expected `where` or `{` after union name, found " + p.describeCurrent());
        }
    }

    static void recordFieldList(ParserState p) {
        Marker m = p.start();
        Grammar.delimited(p, L_CURLY, R_CURLY, "identifier", FIELD_FIRST, q -> {
            if (!q.atTs(FIELD_FIRST)) {
                return false;
            }
            Marker f = q.start();
            Grammar.outerAttrs(q);
            Grammar.optVisibility(q);
            Grammar.nameRecover(q, TokenSet.of(COLON, COMMA));
            if (q.expect(COLON)) {
                Types.type(q);
            }
            if (q.at(EQ) && !q.at(EQ2)) {
                // Default field values (`a: i32 = 1`), unstable but syntactically accepted.
                q.bump(EQ);
                Exprs.expr(q);
            }
            f.complete(q, RECORD_FIELD);
            return true;
        }, "`,`, or `}`");
        m.complete(p, RECORD_FIELD_LIST);
    }

    static void tupleFieldList(ParserState p) {
        Marker m = p.start();
        TokenSet first = Types.TYPE_FIRST.union(TokenSet.of(PUB_KW, POUND));
        Grammar.delimited(p, L_PAREN, R_PAREN, "type", first, q -> {
            if (!q.atTs(first)) {
                return false;
            }
            Marker f = q.start();
            Grammar.outerAttrs(q);
            Grammar.optVisibility(q);
            Types.type(q);
            f.complete(q, TUPLE_FIELD);
            return true;
        });
        m.complete(p, TUPLE_FIELD_LIST);
    }

    private static void enumItem(ParserState p) {
        p.bump(ENUM_KW);
        Grammar.nameRecover(p, ITEM_RECOVERY);
        Generics.optGenericParamList(p);
        Generics.optWhereClause(p);
        if (!p.at(L_CURLY)) {
            p.error("expected `{`, found " + p.describeCurrent());
            return;
        }
        Marker list = p.start();
        Grammar.delimited(p, L_CURLY, R_CURLY, "identifier", FIELD_FIRST, q -> {
            if (!q.atTs(FIELD_FIRST)) {
                return false;
            }
            Marker v = q.start();
            Grammar.outerAttrs(q);
            Grammar.optVisibility(q);
            Grammar.nameRecover(q, TokenSet.of(COMMA));
            if (q.at(L_CURLY)) {
                recordFieldList(q);
            } else if (q.at(L_PAREN)) {
                tupleFieldList(q);
            }
            if (q.at(EQ) && !q.at(EQ2)) {
                q.bump(EQ);
                Exprs.expr(q);
            }
            v.complete(q, VARIANT);
            return true;
        }, "one of `(`, `,`, `=`, `{`, or `}`");
        list.complete(p, VARIANT_LIST);
    }

    // ----- traits and impls

    private static void trait(ParserState p) {
        while (!p.at(TRAIT_KW) && !p.atEnd()) {
            p.bumpAny(); // unsafe / auto
        }
        p.bump(TRAIT_KW);
        Grammar.nameRecover(p, ITEM_RECOVERY);
        Generics.optGenericParamList(p);
        if (p.at(COLON) && !p.at(COLON2)) {
            p.bump(COLON);
            Generics.boundList(p);
        }
        Generics.optWhereClause(p);
        assocItemList(p);
    }

    private static void impl(ParserState p) {
        while (!p.at(IMPL_KW) && !p.atEnd()) {
            p.bumpAny(); // unsafe / default
        }
        p.bump(IMPL_KW);
        if (p.at(LT) && !p.nthAt(1, COLON2) && (p.nth(1) == IDENT || p.nth(1) == LIFETIME_IDENT
                || p.nth(1) == CONST_KW || p.nth(1) == GT || p.nth(1) == POUND)) {
            Generics.genericParamList(p);
        }
        p.eat(CONST_KW);
        p.eat(BANG);
        Types.type(p);
        if (p.eat(FOR_KW)) {
            Types.type(p);
        }
        Generics.optWhereClause(p);
        assocItemList(p);
    }

    private static void assocItemList(ParserState p) {
        if (!p.at(L_CURLY)) {
            p.error("expected `{`, found " + p.describeCurrent());
            return;
        }
        Marker m = p.start();
        p.bump(L_CURLY);
        Grammar.innerAttrs(p);
        itemList(p, true);
        p.expect(R_CURLY);
        m.complete(p, ASSOC_ITEM_LIST);
    }

    // ----- modules, use, aliases, consts

    private static void module(ParserState p) {
        p.bump(MOD_KW);
        Grammar.nameRecover(p, ITEM_RECOVERY);
        if (p.eat(SEMICOLON)) {
            return;
        }
        if (!p.at(L_CURLY)) {
            p.error("expected one of `;` or `{`, found " + p.describeCurrent());
            return;
        }
        Marker list = p.start();
        p.bump(L_CURLY);
        Grammar.innerAttrs(p);
        itemList(p, true);
        p.expect(R_CURLY);
        list.complete(p, ITEM_LIST);
    }

    private static void use(ParserState p) {
        p.bump(USE_KW);
        useTree(p, true);
        if (!p.eat(SEMICOLON)) {
            p.error("expected one of `::`, `;`, or `as`, found " + p.describeCurrent());
        }
    }

    private static void useTree(ParserState p, boolean top) {
        Marker m = p.start();
        if (p.at(STAR)) {
            p.bump(STAR);
        } else if (p.at(COLON2) && p.nth(2) == STAR) {
            p.bump(COLON2);
            p.bump(STAR);
        } else if (p.at(L_CURLY) || (p.at(COLON2) && p.nth(2) == L_CURLY)) {
            p.eat(COLON2);
            useTreeList(p);
        } else if (Paths.atPathStart(p) && !p.at(LT)) {
            Paths.usePath(p);
            if (p.at(AS_KW)) {
                rename(p);
            } else if (p.at(COLON2)) {
                p.bump(COLON2);
                if (p.at(STAR)) {
                    p.bump(STAR);
                } else if (p.at(L_CURLY)) {
                    useTreeList(p);
                } else {
                    p.error("expected identifier, found " + p.describeCurrent());
                }
            }
        } else {
            m.abandon(p);
            String msg = "expected identifier, found " + p.describeCurrent();
            if (top) {
                p.errRecover(msg, ITEM_RECOVERY);
            } else {
                Grammar.errorSkip(p, msg);
            }
            return;
        }
        m.complete(p, USE_TREE);
    }

    private static void useTreeList(ParserState p) {
        Marker m = p.start();
        TokenSet first = Paths.PATH_START.union(TokenSet.of(STAR, L_CURLY));
        Grammar.delimited(p, L_CURLY, R_CURLY, "identifier", first, q -> {
            if (!q.atTs(first)) {
                return false;
            }
            useTree(q, false);
            return true;
        }, "one of `,`, `::`, `as`, or `}`");
        m.complete(p, USE_TREE_LIST);
    }

    private static void rename(ParserState p) {
        Marker m = p.start();
        p.bump(AS_KW);
        if (!p.eat(UNDERSCORE)) {
            Grammar.name(p);
        }
        m.complete(p, RENAME);
    }

    private static void typeAlias(ParserState p) {
        while (!p.at(TYPE_KW) && !p.atEnd()) {
            p.bumpAny(); // default
        }
        p.bump(TYPE_KW);
        Grammar.nameRecover(p, ITEM_RECOVERY);
        Generics.optGenericParamList(p);
        if (p.at(COLON) && !p.at(COLON2)) {
            p.bump(COLON);
            Generics.boundList(p);
        }
        Generics.optWhereClause(p);
        if (p.at(EQ) && !p.at(EQ2)) {
            p.bump(EQ);
            Types.type(p);
        }
        Generics.optWhereClause(p);
        p.expect(SEMICOLON);
    }

    private static void constOrStatic(ParserState p, SyntaxKind keyword) {
        while (!p.at(keyword) && !p.atEnd()) {
            p.bumpAny(); // default
        }
        p.bump(keyword);
        p.eat(MUT_KW);
        if (!p.eat(UNDERSCORE)) {
            Grammar.nameRecover(p, ITEM_RECOVERY);
        }
        Generics.optGenericParamList(p);
        if (p.at(COLON) && !p.at(COLON2)) {
            p.bump(COLON);
            Types.type(p);
        } else {
            p.error("missing type for `" + keyword.fixedText() + "` item");
        }
        if (p.at(EQ) && !p.at(EQ2)) {
            p.bump(EQ);
            Exprs.expr(p);
        }
        Generics.optWhereClause(p);
        p.expect(SEMICOLON);
    }

    // ----- extern

    private static void externCrate(ParserState p) {
        p.bump(EXTERN_KW);
        p.bump(CRATE_KW);
        if (p.at(SELF_KW)) {
            Marker n = p.start();
            p.bump(SELF_KW);
            n.complete(p, NAME_REF);
        } else {
            Grammar.nameRef(p);
        }
        if (p.at(AS_KW)) {
            rename(p);
        }
        p.expect(SEMICOLON);
    }

    private static void externBlock(ParserState p) {
        while (!p.at(EXTERN_KW) && !p.atEnd()) {
            p.bumpAny(); // unsafe, or qualifiers rustc rejects later
        }
        abi(p);
        Marker m = p.start();
        p.bump(L_CURLY);
        Grammar.innerAttrs(p);
        itemList(p, true);
        p.expect(R_CURLY);
        m.complete(p, EXTERN_ITEM_LIST);
    }

    // ----- macros

    private static void macroRules(ParserState p) {
        p.bumpAny(); // contextual `macro_rules`
        p.bump(BANG);
        Grammar.name(p);
        if (p.at(L_CURLY)) {
            Grammar.tokenTree(p);
        } else if (p.at(L_PAREN) || p.at(L_BRACK)) {
            Grammar.tokenTree(p);
            p.expect(SEMICOLON);
        } else {
            p.error("expected one of `(`, `[`, or `{`, found " + p.describeCurrent());
        }
    }

    /** {@code path! tt} in item position; {@code ;} required unless the tree is braced. */
    private static void macroCallItem(ParserState p, Marker m) {
        Paths.usePath(p);
        if (!p.at(BANG) || p.at(NEQ)) {
            p.error("expected one of `!` or `::`, found " + p.describeCurrent());
            m.complete(p, ERROR);
            if (!p.atEnd() && !p.at(R_CURLY)) {
                Grammar.errorSkip(p, "expected item, found " + p.describeCurrent());
            }
            return;
        }
        p.bump(BANG);
        if (p.at(IDENT)) {
            // Legacy form `name! ident { .. }`.
            Grammar.name(p);
        }
        boolean braced = p.at(L_CURLY);
        macroBody(p);
        if (!braced) {
            p.expect(SEMICOLON);
        }
        m.complete(p, MACRO_CALL);
    }

    /** The delimited token tree of a macro invocation. */
    static void macroBody(ParserState p) {
        if (p.at(L_PAREN) || p.at(L_BRACK) || p.at(L_CURLY)) {
            Grammar.tokenTree(p);
        } else {
            p.error("expected one of `(`, `[`, or `{`, found " + p.describeCurrent());
        }
    }
}
