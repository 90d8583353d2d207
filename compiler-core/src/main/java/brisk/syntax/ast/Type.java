package brisk.syntax.ast;

import brisk.syntax.SyntaxNode;

/** A type. */
public sealed interface Type extends AstNode permits PathType, RefType, PtrType, TupleType, ArrayType, SliceType, ImplTraitType, DynTraitType, FnPtrType, NeverType, InferType, ParenType, ForType, MacroType {
    /** The Type wrapper for {@code node}, or null if it is not one. */
    static Type cast(SyntaxNode node) {
        if (node == null) {
            return null;
        }
        return switch (node.kind()) {
            case PATH_TYPE -> new PathType(node);
            case REF_TYPE -> new RefType(node);
            case PTR_TYPE -> new PtrType(node);
            case TUPLE_TYPE -> new TupleType(node);
            case ARRAY_TYPE -> new ArrayType(node);
            case SLICE_TYPE -> new SliceType(node);
            case IMPL_TRAIT_TYPE -> new ImplTraitType(node);
            case DYN_TRAIT_TYPE -> new DynTraitType(node);
            case FN_PTR_TYPE -> new FnPtrType(node);
            case NEVER_TYPE -> new NeverType(node);
            case INFER_TYPE -> new InferType(node);
            case PAREN_TYPE -> new ParenType(node);
            case FOR_TYPE -> new ForType(node);
            case MACRO_TYPE -> new MacroType(node);
            default -> null;
        };
    }
}
