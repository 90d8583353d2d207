package brisk.syntax;

/**
 * Every kind of token and node in the concrete syntax tree.
 *
 * <p>The lexer only produces single-character punctuation; the compound punctuation kinds
 * ({@link #COLON2}, {@link #SHR}, ...) are glued by the parser from adjacent ("joint") tokens, which
 * is what lets {@code Vec<Vec<i32>>} close two generic argument lists.
 */
public enum SyntaxKind {
    // ----- special tokens
    EOF(null),
    ERROR_TOKEN(null),
    WHITESPACE(null),
    COMMENT(null),
    SHEBANG(null),

    // ----- identifiers and literals
    IDENT(null),
    LIFETIME_IDENT(null),
    INT_NUMBER(null),
    FLOAT_NUMBER(null),
    CHAR(null),
    BYTE(null),
    STRING(null),
    BYTE_STRING(null),
    C_STRING(null),

    // ----- single-character punctuation (produced by the lexer)
    SEMICOLON(";"),
    COMMA(","),
    DOT("."),
    L_PAREN("("),
    R_PAREN(")"),
    L_CURLY("{"),
    R_CURLY("}"),
    L_BRACK("["),
    R_BRACK("]"),
    AT("@"),
    POUND("#"),
    TILDE("~"),
    QUESTION("?"),
    COLON(":"),
    DOLLAR("$"),
    EQ("="),
    BANG("!"),
    LT("<"),
    GT(">"),
    MINUS("-"),
    AMP("&"),
    PIPE("|"),
    PLUS("+"),
    STAR("*"),
    SLASH("/"),
    CARET("^"),
    PERCENT("%"),
    UNDERSCORE("_"),

    // ----- compound punctuation (glued by the parser)
    COLON2("::"),
    THIN_ARROW("->"),
    FAT_ARROW("=>"),
    EQ2("=="),
    NEQ("!="),
    LTEQ("<="),
    GTEQ(">="),
    AMP2("&&"),
    PIPE2("||"),
    PLUSEQ("+="),
    MINUSEQ("-="),
    STAREQ("*="),
    SLASHEQ("/="),
    PERCENTEQ("%="),
    CARETEQ("^="),
    AMPEQ("&="),
    PIPEEQ("|="),
    SHL("<<"),
    SHR(">>"),
    SHLEQ("<<="),
    SHREQ(">>="),
    DOT2(".."),
    DOT3("..."),
    DOT2EQ("..="),

    // ----- strict keywords (Rust 2021)
    AS_KW("as"),
    ASYNC_KW("async"),
    AWAIT_KW("await"),
    BREAK_KW("break"),
    CONST_KW("const"),
    CONTINUE_KW("continue"),
    CRATE_KW("crate"),
    DYN_KW("dyn"),
    ELSE_KW("else"),
    ENUM_KW("enum"),
    EXTERN_KW("extern"),
    FALSE_KW("false"),
    FN_KW("fn"),
    FOR_KW("for"),
    IF_KW("if"),
    IMPL_KW("impl"),
    IN_KW("in"),
    LET_KW("let"),
    LOOP_KW("loop"),
    MATCH_KW("match"),
    MOD_KW("mod"),
    MOVE_KW("move"),
    MUT_KW("mut"),
    PUB_KW("pub"),
    REF_KW("ref"),
    RETURN_KW("return"),
    SELF_KW("self"),
    SELF_TYPE_KW("Self"),
    STATIC_KW("static"),
    STRUCT_KW("struct"),
    SUPER_KW("super"),
    TRAIT_KW("trait"),
    TRUE_KW("true"),
    TYPE_KW("type"),
    UNSAFE_KW("unsafe"),
    USE_KW("use"),
    WHERE_KW("where"),
    WHILE_KW("while"),

    // ----- nodes: file, errors, names
    SOURCE_FILE(null),
    ERROR(null),
    NAME(null),
    NAME_REF(null),
    LIFETIME(null),
    VISIBILITY(null),
    ABI(null),
    ATTR(null),
    META(null),
    TOKEN_TREE(null),

    // ----- items
    CONST(null),
    ENUM(null),
    EXTERN_BLOCK(null),
    EXTERN_CRATE(null),
    FN(null),
    IMPL(null),
    MACRO_CALL(null),
    MACRO_RULES(null),
    MODULE(null),
    STATIC(null),
    STRUCT(null),
    TRAIT(null),
    TYPE_ALIAS(null),
    UNION(null),
    USE(null),

    // ----- item parts
    ITEM_LIST(null),
    ASSOC_ITEM_LIST(null),
    EXTERN_ITEM_LIST(null),
    RECORD_FIELD_LIST(null),
    RECORD_FIELD(null),
    TUPLE_FIELD_LIST(null),
    TUPLE_FIELD(null),
    VARIANT_LIST(null),
    VARIANT(null),
    USE_TREE(null),
    USE_TREE_LIST(null),
    RENAME(null),
    GENERIC_PARAM_LIST(null),
    LIFETIME_PARAM(null),
    TYPE_PARAM(null),
    CONST_PARAM(null),
    WHERE_CLAUSE(null),
    WHERE_PRED(null),
    TYPE_BOUND_LIST(null),
    TYPE_BOUND(null),
    PARAM_LIST(null),
    PARAM(null),
    SELF_PARAM(null),
    RET_TYPE(null),
    GENERIC_ARG_LIST(null),
    TYPE_ARG(null),
    LIFETIME_ARG(null),
    CONST_ARG(null),
    ASSOC_TYPE_ARG(null),
    PATH(null),
    PATH_SEGMENT(null),
    QUALIFIER(null),
    FOR_BINDER(null),

    // ----- types
    PATH_TYPE(null),
    REF_TYPE(null),
    PTR_TYPE(null),
    TUPLE_TYPE(null),
    ARRAY_TYPE(null),
    SLICE_TYPE(null),
    IMPL_TRAIT_TYPE(null),
    DYN_TRAIT_TYPE(null),
    FN_PTR_TYPE(null),
    NEVER_TYPE(null),
    INFER_TYPE(null),
    PAREN_TYPE(null),
    FOR_TYPE(null),
    MACRO_TYPE(null),

    // ----- patterns
    IDENT_PAT(null),
    WILDCARD_PAT(null),
    REST_PAT(null),
    LITERAL_PAT(null),
    RANGE_PAT(null),
    TUPLE_PAT(null),
    TUPLE_STRUCT_PAT(null),
    RECORD_PAT(null),
    RECORD_PAT_FIELD_LIST(null),
    RECORD_PAT_FIELD(null),
    REF_PAT(null),
    SLICE_PAT(null),
    OR_PAT(null),
    PATH_PAT(null),
    PAREN_PAT(null),
    MACRO_PAT(null),

    // ----- expressions
    LITERAL(null),
    PATH_EXPR(null),
    BLOCK_EXPR(null),
    STMT_LIST(null),
    IF_EXPR(null),
    LET_EXPR(null),
    MATCH_EXPR(null),
    MATCH_ARM_LIST(null),
    MATCH_ARM(null),
    MATCH_GUARD(null),
    WHILE_EXPR(null),
    LOOP_EXPR(null),
    FOR_EXPR(null),
    LABEL(null),
    BREAK_EXPR(null),
    CONTINUE_EXPR(null),
    RETURN_EXPR(null),
    CLOSURE_EXPR(null),
    RECORD_EXPR(null),
    RECORD_EXPR_FIELD_LIST(null),
    RECORD_EXPR_FIELD(null),
    TUPLE_EXPR(null),
    ARRAY_EXPR(null),
    PAREN_EXPR(null),
    CALL_EXPR(null),
    ARG_LIST(null),
    METHOD_CALL_EXPR(null),
    FIELD_EXPR(null),
    INDEX_EXPR(null),
    TRY_EXPR(null),
    AWAIT_EXPR(null),
    CAST_EXPR(null),
    RANGE_EXPR(null),
    REF_EXPR(null),
    PREFIX_EXPR(null),
    BIN_EXPR(null),
    MACRO_EXPR(null),
    UNDERSCORE_EXPR(null),

    // ----- statements
    LET_STMT(null),
    LET_ELSE(null),
    EXPR_STMT(null),

    /** Placeholder for an abandoned node start in the parser's event stream; never in a tree. */
    TOMBSTONE(null);

    private final String text;

    SyntaxKind(String text) {
        this.text = text;
    }

    /** The fixed spelling of a punctuation or keyword kind, or null for kinds without one. */
    public String fixedText() {
        return text;
    }

    public boolean isTrivia() {
        return this == WHITESPACE || this == COMMENT || this == SHEBANG;
    }

    public boolean isKeyword() {
        return compareTo(AS_KW) >= 0 && compareTo(WHILE_KW) <= 0;
    }

    public boolean isPunct() {
        return compareTo(SEMICOLON) >= 0 && compareTo(DOT2EQ) <= 0;
    }

    public boolean isLiteral() {
        return compareTo(INT_NUMBER) >= 0 && compareTo(C_STRING) <= 0;
    }

    /** Token kinds are everything declared before {@link #SOURCE_FILE}. */
    public boolean isToken() {
        return compareTo(SOURCE_FILE) < 0;
    }

    private static final SyntaxKind[] VALUES = values();

    static SyntaxKind of(int ordinal) {
        return VALUES[ordinal];
    }

    /** The keyword kind spelled {@code text} (strict 2021 keywords only), or null. */
    public static SyntaxKind keyword(String text) {
        return switch (text) {
            case "as" -> AS_KW;
            case "async" -> ASYNC_KW;
            case "await" -> AWAIT_KW;
            case "break" -> BREAK_KW;
            case "const" -> CONST_KW;
            case "continue" -> CONTINUE_KW;
            case "crate" -> CRATE_KW;
            case "dyn" -> DYN_KW;
            case "else" -> ELSE_KW;
            case "enum" -> ENUM_KW;
            case "extern" -> EXTERN_KW;
            case "false" -> FALSE_KW;
            case "fn" -> FN_KW;
            case "for" -> FOR_KW;
            case "if" -> IF_KW;
            case "impl" -> IMPL_KW;
            case "in" -> IN_KW;
            case "let" -> LET_KW;
            case "loop" -> LOOP_KW;
            case "match" -> MATCH_KW;
            case "mod" -> MOD_KW;
            case "move" -> MOVE_KW;
            case "mut" -> MUT_KW;
            case "pub" -> PUB_KW;
            case "ref" -> REF_KW;
            case "return" -> RETURN_KW;
            case "self" -> SELF_KW;
            case "Self" -> SELF_TYPE_KW;
            case "static" -> STATIC_KW;
            case "struct" -> STRUCT_KW;
            case "super" -> SUPER_KW;
            case "trait" -> TRAIT_KW;
            case "true" -> TRUE_KW;
            case "type" -> TYPE_KW;
            case "unsafe" -> UNSAFE_KW;
            case "use" -> USE_KW;
            case "where" -> WHERE_KW;
            case "while" -> WHILE_KW;
            default -> null;
        };
    }
}
