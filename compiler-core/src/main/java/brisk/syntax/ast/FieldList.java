package brisk.syntax.ast;

import brisk.syntax.SyntaxNode;

/** The fields of a struct or variant: named ({@code { a: T }}) or tuple ({@code (T)}). */
public sealed interface FieldList extends AstNode permits RecordFieldList, TupleFieldList {
    /** The FieldList wrapper for {@code node}, or null if it is not one. */
    static FieldList cast(SyntaxNode node) {
        if (node == null) {
            return null;
        }
        return switch (node.kind()) {
            case RECORD_FIELD_LIST -> new RecordFieldList(node);
            case TUPLE_FIELD_LIST -> new TupleFieldList(node);
            default -> null;
        };
    }
}
