package brisk.syntax.ast;

import brisk.syntax.SyntaxNode;

/** An expression. */
public sealed interface Expr extends AstNode permits Literal, PathExpr, BlockExpr, IfExpr, LetExpr, MatchExpr, WhileExpr, LoopExpr, ForExpr, BreakExpr, ContinueExpr, ReturnExpr, ClosureExpr, RecordExpr, TupleExpr, ArrayExpr, ParenExpr, CallExpr, MethodCallExpr, FieldExpr, IndexExpr, TryExpr, AwaitExpr, CastExpr, RangeExpr, RefExpr, PrefixExpr, BinExpr, MacroExpr, UnderscoreExpr {
    /** The Expr wrapper for {@code node}, or null if it is not one. */
    static Expr cast(SyntaxNode node) {
        if (node == null) {
            return null;
        }
        return switch (node.kind()) {
            case LITERAL -> new Literal(node);
            case PATH_EXPR -> new PathExpr(node);
            case BLOCK_EXPR -> new BlockExpr(node);
            case IF_EXPR -> new IfExpr(node);
            case LET_EXPR -> new LetExpr(node);
            case MATCH_EXPR -> new MatchExpr(node);
            case WHILE_EXPR -> new WhileExpr(node);
            case LOOP_EXPR -> new LoopExpr(node);
            case FOR_EXPR -> new ForExpr(node);
            case BREAK_EXPR -> new BreakExpr(node);
            case CONTINUE_EXPR -> new ContinueExpr(node);
            case RETURN_EXPR -> new ReturnExpr(node);
            case CLOSURE_EXPR -> new ClosureExpr(node);
            case RECORD_EXPR -> new RecordExpr(node);
            case TUPLE_EXPR -> new TupleExpr(node);
            case ARRAY_EXPR -> new ArrayExpr(node);
            case PAREN_EXPR -> new ParenExpr(node);
            case CALL_EXPR -> new CallExpr(node);
            case METHOD_CALL_EXPR -> new MethodCallExpr(node);
            case FIELD_EXPR -> new FieldExpr(node);
            case INDEX_EXPR -> new IndexExpr(node);
            case TRY_EXPR -> new TryExpr(node);
            case AWAIT_EXPR -> new AwaitExpr(node);
            case CAST_EXPR -> new CastExpr(node);
            case RANGE_EXPR -> new RangeExpr(node);
            case REF_EXPR -> new RefExpr(node);
            case PREFIX_EXPR -> new PrefixExpr(node);
            case BIN_EXPR -> new BinExpr(node);
            case MACRO_EXPR -> new MacroExpr(node);
            case UNDERSCORE_EXPR -> new UnderscoreExpr(node);
            default -> null;
        };
    }
}
