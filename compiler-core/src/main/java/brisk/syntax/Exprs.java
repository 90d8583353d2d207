package brisk.syntax;

import static brisk.syntax.SyntaxKind.*;

import brisk.syntax.ParserState.CompletedMarker;
import brisk.syntax.ParserState.Marker;

/**
 * Expressions (a Pratt parser with Rust's precedence table), blocks and statements.
 *
 * <p>Two restrictions thread through: {@link #FORBID_STRUCTS} in {@code if}/{@code while}/
 * {@code match}/{@code for} heads (so {@code if x == S {}} is a comparison followed by a block), and
 * {@link #PREFER_STMT} in statement and match-arm position (a block-like expression such as
 * {@code if .. {} else {}} ends the statement instead of continuing as an operand).
 */
final class Exprs {
    private Exprs() {
    }

    static final int NONE = 0;
    static final int FORBID_STRUCTS = 1;
    static final int PREFER_STMT = 2;

    static final TokenSet LITERAL_FIRST = Patterns.LITERAL_FIRST;
    static final TokenSet EXPR_FIRST = LITERAL_FIRST.union(Paths.PATH_START).union(TokenSet.of(
            L_PAREN, L_BRACK, L_CURLY, PIPE, MOVE_KW, ASYNC_KW, UNSAFE_KW, CONST_KW, IF_KW, WHILE_KW, LOOP_KW,
            FOR_KW, MATCH_KW, RETURN_KW, BREAK_KW, CONTINUE_KW, LIFETIME_IDENT, AMP, STAR, BANG, MINUS, DOT,
            UNDERSCORE, LET_KW, POUND, STATIC_KW));
    private static final TokenSet EXPR_RECOVERY = TokenSet.of(LET_KW, R_PAREN, R_BRACK, SEMICOLON, COMMA);

    /** Precedence (binding power) of each binary operator level, lowest first. */
    private static final int BP_ASSIGN = 1;
    private static final int BP_RANGE = 2;
    private static final int BP_OR = 3;
    private static final int BP_AND = 4;
    private static final int BP_CMP = 5;
    private static final int BP_BITOR = 6;
    private static final int BP_BITXOR = 7;
    private static final int BP_BITAND = 8;
    private static final int BP_SHIFT = 9;
    private static final int BP_ADD = 10;
    private static final int BP_MUL = 11;
    private static final int BP_AS = 12;
    private static final int BP_UNARY = 13;

    static boolean atLiteral(ParserState p) {
        return p.atTs(LITERAL_FIRST);
    }

    static boolean atExprStart(ParserState p) {
        return (p.atTs(EXPR_FIRST) && !p.at(COLON) && !p.at(DOT)) || p.at(COLON2) || p.at(DOT2) || p.at(PIPE2)
                || p.at(DOT2EQ);
    }

    static void literal(ParserState p) {
        Marker m = p.start();
        p.bumpAny();
        m.complete(p, LITERAL);
    }

    static CompletedMarker expr(ParserState p) {
        return exprBp(p, NONE, 1);
    }

    static CompletedMarker exprNoStruct(ParserState p) {
        return exprBp(p, FORBID_STRUCTS, 1);
    }

    // ----- Pratt loop

    private static CompletedMarker exprBp(ParserState p, int r, int minBp) {
        if (!p.enter()) {
            return null;
        }
        try {
            return exprBpUnguarded(p, r, minBp);
        } finally {
            p.exit();
        }
    }

    private static CompletedMarker exprBpUnguarded(ParserState p, int r, int minBp) {
        CompletedMarker lhs = lhs(p, r);
        if (lhs == null) {
            return null;
        }
        if ((r & PREFER_STMT) != 0 && isBlockLike(p, lhs)) {
            return lhs;
        }
        int rNoStmt = r & ~PREFER_STMT;
        while (true) {
            if (p.at(AS_KW)) {
                if (BP_AS < minBp) {
                    break;
                }
                Marker m = lhs.precede(p);
                p.bump(AS_KW);
                Types.typeNoBounds(p);
                lhs = m.complete(p, CAST_EXPR);
                continue;
            }
            SyntaxKind op = currentBinOp(p);
            if (op == null) {
                break;
            }
            int bp = bindingPower(op);
            if (bp < minBp) {
                break;
            }
            Marker m = lhs.precede(p);
            p.bump(op);
            if (bp == BP_RANGE) {
                if (atRangeRhsStart(p, r)) {
                    exprBp(p, rNoStmt, BP_RANGE + 1);
                }
                lhs = m.complete(p, RANGE_EXPR);
                break; // ranges do not chain
            }
            int rhsBp = bp == BP_ASSIGN ? BP_ASSIGN : bp + 1;
            // A missing right operand was reported by lhs(); the BIN_EXPR is kept without it.
            exprBp(p, rNoStmt, rhsBp);
            lhs = m.complete(p, BIN_EXPR);
        }
        return lhs;
    }

    private static boolean atRangeRhsStart(ParserState p, int r) {
        if ((r & FORBID_STRUCTS) != 0 && p.at(L_CURLY)) {
            return false;
        }
        return atExprStart(p) && !p.at(DOT2);
    }

    /** The (possibly compound) binary operator at the cursor, or null. */
    private static SyntaxKind currentBinOp(ParserState p) {
        return switch (p.current()) {
            case PIPE -> p.at(PIPE2) ? PIPE2 : p.at(PIPEEQ) ? PIPEEQ : PIPE;
            case AMP -> p.at(AMP2) ? AMP2 : p.at(AMPEQ) ? AMPEQ : AMP;
            case EQ -> p.at(EQ2) ? EQ2 : p.at(FAT_ARROW) ? null : EQ;
            case BANG -> p.at(NEQ) ? NEQ : null;
            case LT -> p.at(SHLEQ) ? SHLEQ : p.at(SHL) ? SHL : p.at(LTEQ) ? LTEQ : LT;
            case GT -> p.at(SHREQ) ? SHREQ : p.at(SHR) ? SHR : p.at(GTEQ) ? GTEQ : GT;
            case PLUS -> p.at(PLUSEQ) ? PLUSEQ : PLUS;
            case MINUS -> p.at(MINUSEQ) ? MINUSEQ : p.at(THIN_ARROW) ? null : MINUS;
            case STAR -> p.at(STAREQ) ? STAREQ : STAR;
            case SLASH -> p.at(SLASHEQ) ? SLASHEQ : SLASH;
            case PERCENT -> p.at(PERCENTEQ) ? PERCENTEQ : PERCENT;
            case CARET -> p.at(CARETEQ) ? CARETEQ : CARET;
            case DOT -> p.at(DOT2EQ) ? DOT2EQ : p.at(DOT3) ? DOT3 : p.at(DOT2) ? DOT2 : null;
            default -> null;
        };
    }

    private static int bindingPower(SyntaxKind op) {
        return switch (op) {
            case EQ, PLUSEQ, MINUSEQ, STAREQ, SLASHEQ, PERCENTEQ, CARETEQ, AMPEQ, PIPEEQ, SHLEQ, SHREQ -> BP_ASSIGN;
            case DOT2, DOT2EQ, DOT3 -> BP_RANGE;
            case PIPE2 -> BP_OR;
            case AMP2 -> BP_AND;
            case EQ2, NEQ, LT, GT, LTEQ, GTEQ -> BP_CMP;
            case PIPE -> BP_BITOR;
            case CARET -> BP_BITXOR;
            case AMP -> BP_BITAND;
            case SHL, SHR -> BP_SHIFT;
            case PLUS, MINUS -> BP_ADD;
            case STAR, SLASH, PERCENT -> BP_MUL;
            default -> throw new IllegalStateException(op.name());
        };
    }

    // ----- prefix and postfix

    private static CompletedMarker lhs(ParserState p, int r) {
        int rNoStmt = r & ~PREFER_STMT;
        switch (p.current()) {
            case AMP -> {
                Marker m = p.start();
                p.bump(AMP);
                if (p.atContextualKw("raw") && (p.nth(1) == CONST_KW || p.nth(1) == MUT_KW)) {
                    p.bumpAny();
                    p.bumpAny();
                } else {
                    p.eat(MUT_KW);
                }
                operand(p, rNoStmt);
                return m.complete(p, REF_EXPR);
            }
            case STAR, BANG, MINUS -> {
                Marker m = p.start();
                p.bumpAny();
                operand(p, rNoStmt);
                return m.complete(p, PREFIX_EXPR);
            }
            case DOT -> {
                if (p.at(DOT2) || p.at(DOT2EQ) || p.at(DOT3)) {
                    Marker m = p.start();
                    p.bump(p.at(DOT2EQ) ? DOT2EQ : p.at(DOT3) ? DOT3 : DOT2);
                    if (atRangeRhsStart(p, r)) {
                        exprBp(p, rNoStmt, BP_RANGE + 1);
                    }
                    return m.complete(p, RANGE_EXPR);
                }
            }
            default -> {
            }
        }
        CompletedMarker atom = atom(p, r);
        if (atom == null) {
            return null;
        }
        boolean stmtBlock = (r & PREFER_STMT) != 0 && isBlockLike(p, atom);
        return postfix(p, atom, stmtBlock);
    }

    private static void operand(ParserState p, int r) {
        exprBp(p, r, BP_UNARY);
    }

    /**
     * Calls, indexing, fields, method calls, {@code ?} and {@code .await}. After a block-like
     * expression in statement position only {@code .} and {@code ?} continue it (as in rustc).
     */
    private static CompletedMarker postfix(ParserState p, CompletedMarker lhs, boolean stmtBlock) {
        while (true) {
            switch (p.current()) {
                case L_PAREN -> {
                    if (stmtBlock) {
                        return lhs;
                    }
                    Marker m = lhs.precede(p);
                    argList(p);
                    lhs = m.complete(p, CALL_EXPR);
                }
                case L_BRACK -> {
                    if (stmtBlock) {
                        return lhs;
                    }
                    Marker m = lhs.precede(p);
                    p.bump(L_BRACK);
                    expr(p);
                    p.expect(R_BRACK);
                    lhs = m.complete(p, INDEX_EXPR);
                }
                case QUESTION -> {
                    Marker m = lhs.precede(p);
                    p.bump(QUESTION);
                    lhs = m.complete(p, TRY_EXPR);
                }
                case DOT -> {
                    if (p.at(DOT2)) {
                        return lhs;
                    }
                    lhs = dotPostfix(p, lhs);
                }
                default -> {
                    return lhs;
                }
            }
            stmtBlock = false;
        }
    }

    private static CompletedMarker dotPostfix(ParserState p, CompletedMarker lhs) {
        Marker m = lhs.precede(p);
        p.bump(DOT);
        if (p.at(AWAIT_KW)) {
            p.bump(AWAIT_KW);
            return m.complete(p, AWAIT_EXPR);
        }
        if (p.at(IDENT) && (p.nth(1) == L_PAREN || (p.nthAt(1, COLON2) && p.nth(3) == LT))) {
            Grammar.nameRef(p);
            if (p.at(COLON2)) {
                Generics.genericArgList(p, true);
            }
            if (p.at(L_PAREN)) {
                argList(p);
            } else {
                p.error("expected `(`, found " + p.describeCurrent());
            }
            return m.complete(p, METHOD_CALL_EXPR);
        }
        if (p.at(IDENT) || p.at(INT_NUMBER) || p.at(FLOAT_NUMBER)) {
            Grammar.nameRefOrIndex(p);
        } else {
            p.error("unexpected token: " + p.describeCurrent());
        }
        return m.complete(p, FIELD_EXPR);
    }

    private static void argList(ParserState p) {
        Marker m = p.start();
        Grammar.delimited(p, L_PAREN, R_PAREN, "expression", EXPR_FIRST, Exprs::optListExpr,
                "one of `)`, `,`, `.`, `?`, or an operator");
        m.complete(p, ARG_LIST);
    }

    /** An element of a comma-separated expression list; false if no expression starts here. */
    private static boolean optListExpr(ParserState p) {
        if (!atExprStart(p)) {
            return false;
        }
        expr(p);
        return true;
    }

    // ----- atoms

    private static CompletedMarker atom(ParserState p, int r) {
        if (atLiteral(p)) {
            Marker m = p.start();
            p.bumpAny();
            return m.complete(p, LITERAL);
        }
        switch (p.current()) {
            case L_PAREN -> {
                return parenOrTuple(p);
            }
            case L_BRACK -> {
                return array(p);
            }
            case L_CURLY -> {
                return blockExpr(p);
            }
            case PIPE, MOVE_KW, STATIC_KW -> {
                if (p.at(PIPE) || p.nth(1) == PIPE || p.nth(1) == MOVE_KW) {
                    return closure(p, r);
                }
            }
            case ASYNC_KW -> {
                if (p.nth(1) == PIPE || (p.nth(1) == MOVE_KW && p.nth(2) == PIPE)) {
                    return closure(p, r);
                }
                if (p.nth(1) == L_CURLY || (p.nth(1) == MOVE_KW && p.nth(2) == L_CURLY)) {
                    Marker m = p.start();
                    p.bump(ASYNC_KW);
                    p.eat(MOVE_KW);
                    stmtList(p);
                    CompletedMarker block = m.complete(p, BLOCK_EXPR);
                    // Unlike other blocks, an async block is not block-like in statement position.
                    p.noteNotBlockLike(block.pos());
                    return block;
                }
            }
            case UNSAFE_KW, CONST_KW -> {
                if (p.nth(1) == L_CURLY) {
                    Marker m = p.start();
                    p.bumpAny();
                    stmtList(p);
                    return m.complete(p, BLOCK_EXPR);
                }
            }
            case IF_KW -> {
                return ifExpr(p);
            }
            case WHILE_KW, LOOP_KW, FOR_KW -> {
                return loopExpr(p, p.start());
            }
            case MATCH_KW -> {
                return matchExpr(p);
            }
            case LIFETIME_IDENT -> {
                if (p.nth(1) == COLON) {
                    return labeled(p);
                }
            }
            case RETURN_KW -> {
                Marker m = p.start();
                p.bump(RETURN_KW);
                if (atExprStart(p) && !((r & FORBID_STRUCTS) != 0 && p.at(L_CURLY))) {
                    expr(p);
                }
                return m.complete(p, RETURN_EXPR);
            }
            case BREAK_KW -> {
                Marker m = p.start();
                p.bump(BREAK_KW);
                if (p.at(LIFETIME_IDENT)) {
                    Grammar.lifetime(p);
                }
                if (atExprStart(p) && !((r & FORBID_STRUCTS) != 0 && p.at(L_CURLY))) {
                    exprBp(p, r & ~PREFER_STMT, 1);
                }
                return m.complete(p, BREAK_EXPR);
            }
            case CONTINUE_KW -> {
                Marker m = p.start();
                p.bump(CONTINUE_KW);
                if (p.at(LIFETIME_IDENT)) {
                    Grammar.lifetime(p);
                }
                return m.complete(p, CONTINUE_EXPR);
            }
            case UNDERSCORE -> {
                Marker m = p.start();
                p.bump(UNDERSCORE);
                return m.complete(p, UNDERSCORE_EXPR);
            }
            case LET_KW -> {
                Marker m = p.start();
                p.bump(LET_KW);
                Patterns.pattern(p);
                if (p.at(EQ) && !p.at(EQ2)) {
                    p.bump(EQ);
                    // The scrutinee binds tighter than `&&` / `||` (for let chains).
                    exprBp(p, r & ~PREFER_STMT, BP_CMP);
                } else {
                    p.error("expected `=`, found " + p.describeCurrent());
                }
                return m.complete(p, LET_EXPR);
            }
            case POUND -> {
                if (p.nth(1) == L_BRACK) {
                    // Attributes on an expression (`#[cfg(x)] expr`) stay in front of it as siblings.
                    Grammar.outerAttrs(p);
                    return atom(p, r);
                }
            }
            default -> {
            }
        }
        if (Paths.atPathStart(p)) {
            return pathExpr(p, r);
        }
        p.errRecover("expected expression, found " + p.describeCurrent(), EXPR_RECOVERY);
        return null;
    }

    private static CompletedMarker pathExpr(ParserState p, int r) {
        Marker m = p.start();
        Paths.exprPath(p);
        if (p.at(BANG) && !p.at(NEQ)) {
            p.bump(BANG);
            boolean braced = p.at(L_CURLY);
            Items.macroBody(p);
            CompletedMarker call = m.complete(p, MACRO_CALL);
            CompletedMarker expr = call.precede(p).complete(p, MACRO_EXPR);
            if (braced) {
                p.noteBracedMacro(expr.pos());
            }
            return expr;
        }
        if (p.at(L_CURLY) && (r & FORBID_STRUCTS) == 0) {
            recordExprFieldList(p);
            return m.complete(p, RECORD_EXPR);
        }
        return m.complete(p, PATH_EXPR);
    }

    private static void recordExprFieldList(ParserState p) {
        Marker m = p.start();
        TokenSet first = TokenSet.of(IDENT, INT_NUMBER, DOT, POUND);
        Grammar.delimited(p, L_CURLY, R_CURLY, "identifier", first, q -> {
            if (!q.atTs(first)) {
                return false;
            }
            if (q.at(DOT2)) {
                q.bump(DOT2);
                if (atExprStart(q)) {
                    expr(q);
                }
                return true;
            }
            Marker f = q.start();
            Grammar.outerAttrs(q);
            if ((q.at(IDENT) || q.at(INT_NUMBER)) && q.nth(1) == COLON && !q.nthAt(1, COLON2)) {
                Grammar.nameRefOrIndex(q);
                q.bump(COLON);
                expr(q);
            } else if (q.at(IDENT)) {
                // Shorthand `S { x }`: the field is a PATH_EXPR naming the local.
                Marker e = q.start();
                Paths.exprPath(q);
                e.complete(q, PATH_EXPR);
            } else {
                q.error("expected identifier, found " + q.describeCurrent());
            }
            f.complete(q, RECORD_EXPR_FIELD);
            return true;
        }, "one of `,`, `.`, `?`, `}`, or an operator");
        m.complete(p, RECORD_EXPR_FIELD_LIST);
    }

    private static CompletedMarker parenOrTuple(ParserState p) {
        Marker m = p.start();
        p.bump(L_PAREN);
        int elements = 0;
        boolean trailingComma = false;
        while (!p.at(R_PAREN) && !p.atEnd()) {
            int before = p.position();
            if (!atExprStart(p) || expr(p) == null || p.position() == before) {
                if (p.atTs(Grammar.CLOSING_DELIMS) || p.at(L_CURLY) && p.position() != before) {
                    break;
                }
                if (p.position() == before) {
                    Grammar.errorSkip(p, "expected expression, found " + p.describeCurrent());
                }
                continue;
            }
            elements++;
            trailingComma = false;
            if (p.at(R_PAREN)) {
                break;
            }
            if (!p.eat(COMMA)) {
                p.error("expected one of `)`, `,`, `.`, `?`, or an operator, found " + p.describeCurrent());
                break;
            }
            trailingComma = true;
        }
        p.expect(R_PAREN);
        return m.complete(p, elements == 1 && !trailingComma ? PAREN_EXPR : TUPLE_EXPR);
    }

    private static CompletedMarker array(ParserState p) {
        Marker m = p.start();
        p.bump(L_BRACK);
        if (atExprStart(p)) {
            expr(p);
            if (p.eat(SEMICOLON)) {
                // `[init; count]`
                expr(p);
                p.expect(R_BRACK);
                return m.complete(p, ARRAY_EXPR);
            }
            if (!p.at(R_BRACK) && !p.eat(COMMA)) {
                p.error("expected one of `,`, `.`, `;`, `?`, `]`, or an operator, found " + p.describeCurrent());
            }
        }
        listTail(p);
        p.expect(R_BRACK);
        return m.complete(p, ARRAY_EXPR);
    }

    /** Remaining comma-separated expressions up to (not including) {@code ]}. */
    private static void listTail(ParserState p) {
        while (!p.at(R_BRACK) && !p.atEnd()) {
            int before = p.position();
            if (!optListExpr(p) || p.position() == before) {
                if (p.atTs(Grammar.CLOSING_DELIMS)) {
                    return;
                }
                Grammar.errorSkip(p, "expected expression, found " + p.describeCurrent());
                continue;
            }
            if (p.at(R_BRACK)) {
                return;
            }
            if (!p.eat(COMMA)) {
                p.error("expected one of `,`, `.`, `?`, `]`, or an operator, found " + p.describeCurrent());
                if (!atExprStart(p)) {
                    return;
                }
            }
        }
    }

    private static CompletedMarker closure(ParserState p, int r) {
        Marker m = p.start();
        p.eat(STATIC_KW);
        p.eat(ASYNC_KW);
        p.eat(MOVE_KW);
        if (p.at(PIPE)) {
            Items.paramList(p, Items.ParamFlavor.CLOSURE);
        } else {
            p.error("expected `|`, found " + p.describeCurrent());
        }
        if (p.at(THIN_ARROW)) {
            Types.optRetType(p);
            if (p.at(L_CURLY)) {
                blockExpr(p);
            } else {
                p.error("expected `{`, found " + p.describeCurrent());
            }
        } else if (atExprStart(p)) {
            exprBp(p, r & ~PREFER_STMT, 1);
        } else {
            p.error("expected expression, found " + p.describeCurrent());
        }
        return m.complete(p, CLOSURE_EXPR);
    }

    // ----- block-like expressions

    static CompletedMarker blockExpr(ParserState p) {
        Marker m = p.start();
        stmtList(p);
        return m.complete(p, BLOCK_EXPR);
    }

    private static CompletedMarker labeled(ParserState p) {
        Marker m = p.start();
        Marker label = p.start();
        Grammar.lifetime(p);
        p.bump(COLON);
        label.complete(p, LABEL);
        switch (p.current()) {
            case WHILE_KW, LOOP_KW, FOR_KW -> {
                return loopExpr(p, m);
            }
            case L_CURLY -> {
                stmtList(p);
                return m.complete(p, BLOCK_EXPR);
            }
            default -> {
                p.error("expected `while`, `for`, `loop` or `{` after a label, found " + p.describeCurrent());
                return m.complete(p, BLOCK_EXPR);
            }
        }
    }

    /** {@code while}, {@code loop} or {@code for}, into {@code m} (which may already hold a label). */
    private static CompletedMarker loopExpr(ParserState p, Marker m) {
        SyntaxKind kind;
        if (p.eat(LOOP_KW)) {
            kind = LOOP_EXPR;
        } else if (p.eat(WHILE_KW)) {
            kind = WHILE_EXPR;
            condition(p);
        } else {
            p.bump(FOR_KW);
            kind = FOR_EXPR;
            Patterns.pattern(p);
            if (p.eat(IN_KW)) {
                condition(p);
            } else {
                p.error("missing `in` in `for` loop");
            }
        }
        requireBlock(p);
        return m.complete(p, kind);
    }

    private static void condition(ParserState p) {
        exprNoStruct(p);
    }

    private static void requireBlock(ParserState p) {
        if (p.at(L_CURLY)) {
            blockExpr(p);
        } else {
            p.error("expected `{`, found " + p.describeCurrent());
        }
    }

    private static CompletedMarker ifExpr(ParserState p) {
        Marker m = p.start();
        p.bump(IF_KW);
        CompletedMarker cond = exprNoStruct(p);
        if (cond != null && cond.kind() == BLOCK_EXPR && !p.at(L_CURLY)) {
            // `if { .. }`: the block was taken as the condition.
            p.error("missing condition for `if` expression");
            return m.complete(p, IF_EXPR);
        }
        requireBlock(p);
        if (p.eat(ELSE_KW)) {
            if (p.at(IF_KW)) {
                ifExpr(p);
            } else {
                requireBlock(p);
            }
        }
        return m.complete(p, IF_EXPR);
    }

    private static CompletedMarker matchExpr(ParserState p) {
        Marker m = p.start();
        p.bump(MATCH_KW);
        condition(p);
        if (!p.at(L_CURLY)) {
            p.error("expected `{`, found " + p.describeCurrent());
            return m.complete(p, MATCH_EXPR);
        }
        Marker list = p.start();
        p.bump(L_CURLY);
        Grammar.innerAttrs(p);
        while (!p.at(R_CURLY) && !p.atEnd()) {
            int before = p.position();
            matchArm(p);
            if (p.position() == before) {
                Grammar.errorSkip(p, "expected pattern, found " + p.describeCurrent());
            }
        }
        p.expect(R_CURLY);
        list.complete(p, MATCH_ARM_LIST);
        return m.complete(p, MATCH_EXPR);
    }

    private static void matchArm(ParserState p) {
        if (!Patterns.atPatternStart(p) && !p.at(POUND)) {
            return;
        }
        Marker m = p.start();
        Grammar.outerAttrs(p);
        Patterns.pattern(p);
        if (p.at(IF_KW)) {
            Marker guard = p.start();
            p.bump(IF_KW);
            expr(p);
            guard.complete(p, MATCH_GUARD);
        }
        if (!p.eat(FAT_ARROW)) {
            p.error("expected one of `=>`, `@`, `if`, or `|`, found " + p.describeCurrent());
            m.complete(p, MATCH_ARM);
            return;
        }
        CompletedMarker body = exprBp(p, PREFER_STMT, 1);
        boolean blockLike = body != null && isBlockLike(p, body);
        if (!p.eat(COMMA) && !blockLike && !p.at(R_CURLY)) {
            p.error("expected `,` following `match` arm");
        }
        m.complete(p, MATCH_ARM);
    }

    private static boolean isBlockLike(ParserState p, CompletedMarker cm) {
        return switch (cm.kind()) {
            case BLOCK_EXPR -> !p.isNotBlockLike(cm.pos());
            case IF_EXPR, WHILE_EXPR, LOOP_EXPR, FOR_EXPR, MATCH_EXPR -> true;
            case MACRO_EXPR -> p.isBracedMacro(cm.pos());
            default -> false;
        };
    }

    // ----- statements

    /** {@code { inner-attrs stmt* tail-expr? }} as a STMT_LIST node. */
    static void stmtList(ParserState p) {
        if (!p.enter()) {
            return;
        }
        try {
            stmtListUnguarded(p);
        } finally {
            p.exit();
        }
    }

    private static void stmtListUnguarded(ParserState p) {
        Marker m = p.start();
        if (!p.expect(L_CURLY)) {
            m.complete(p, STMT_LIST);
            return;
        }
        Grammar.innerAttrs(p);
        while (!p.at(R_CURLY) && !p.atEnd()) {
            int before = p.position();
            stmt(p);
            if (p.position() == before) {
                Grammar.errorSkip(p, "expected statement, found " + p.describeCurrent());
            }
        }
        p.expect(R_CURLY);
        m.complete(p, STMT_LIST);
    }

    private static void stmt(ParserState p) {
        if (p.at(SEMICOLON)) {
            p.bump(SEMICOLON);
            return;
        }
        if (p.at(R_PAREN) || p.at(R_BRACK)) {
            p.errAndBump("unexpected closing delimiter: " + p.describeCurrent());
            return;
        }
        Marker m = p.start();
        Grammar.outerAttrs(p);
        if (p.at(LET_KW)) {
            letStmt(p, m);
            return;
        }
        if (Items.optItem(p, m)) {
            return;
        }
        if (p.at(R_CURLY)) {
            // Attributes with nothing after them.
            p.error("expected statement after outer attribute");
            m.abandon(p);
            return;
        }
        CompletedMarker e = exprBp(p, PREFER_STMT, 1);
        if (e == null) {
            m.abandon(p);
            return;
        }
        if (p.at(R_CURLY)) {
            // Tail expression of the block: not wrapped in EXPR_STMT.
            m.abandon(p);
            return;
        }
        if (isBlockLike(p, e)) {
            p.eat(SEMICOLON);
        } else if (!p.eat(SEMICOLON)) {
            p.error("expected one of `.`, `;`, `?`, `}`, or an operator, found " + p.describeCurrent());
        }
        m.complete(p, EXPR_STMT);
    }

    private static void letStmt(ParserState p, Marker m) {
        p.bump(LET_KW);
        Patterns.pattern(p);
        if (p.at(COLON) && !p.at(COLON2)) {
            p.bump(COLON);
            Types.type(p);
        }
        boolean init = false;
        if (p.at(EQ) && !p.at(EQ2)) {
            p.bump(EQ);
            init = true;
            expr(p);
            if (p.at(ELSE_KW)) {
                Marker els = p.start();
                p.bump(ELSE_KW);
                requireBlock(p);
                els.complete(p, LET_ELSE);
            }
        }
        if (!p.eat(SEMICOLON)) {
            p.error((init
                    ? "expected one of `.`, `;`, `?`, `else`, or an operator, found "
                    : "expected one of `:`, `;`, `=`, `@`, or `|`, found ") + p.describeCurrent());
        }
        m.complete(p, LET_STMT);
    }
}
