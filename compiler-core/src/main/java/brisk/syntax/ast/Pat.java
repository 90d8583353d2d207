package brisk.syntax.ast;

import brisk.syntax.SyntaxNode;

/** A pattern. */
public sealed interface Pat extends AstNode permits IdentPat, WildcardPat, RestPat, LiteralPat, RangePat, TuplePat, TupleStructPat, RecordPat, RefPat, SlicePat, OrPat, PathPat, ParenPat, MacroPat {
    /** The Pat wrapper for {@code node}, or null if it is not one. */
    static Pat cast(SyntaxNode node) {
        if (node == null) {
            return null;
        }
        return switch (node.kind()) {
            case IDENT_PAT -> new IdentPat(node);
            case WILDCARD_PAT -> new WildcardPat(node);
            case REST_PAT -> new RestPat(node);
            case LITERAL_PAT -> new LiteralPat(node);
            case RANGE_PAT -> new RangePat(node);
            case TUPLE_PAT -> new TuplePat(node);
            case TUPLE_STRUCT_PAT -> new TupleStructPat(node);
            case RECORD_PAT -> new RecordPat(node);
            case REF_PAT -> new RefPat(node);
            case SLICE_PAT -> new SlicePat(node);
            case OR_PAT -> new OrPat(node);
            case PATH_PAT -> new PathPat(node);
            case PAREN_PAT -> new ParenPat(node);
            case MACRO_PAT -> new MacroPat(node);
            default -> null;
        };
    }
}
