package brisk.items;

import brisk.base.TextRange;
import java.util.List;

/**
 * A type as written in a signature, before resolution. Ranges are relative to the owning
 * item's start, so a body edit elsewhere leaves the value equal.
 */
public sealed interface TypeRef {
    TextRange range();

    record PathType(Path path, TextRange range) implements TypeRef {}

    record RefType(boolean mutable, String lifetime, TypeRef inner, TextRange range) implements TypeRef {}

    record PtrType(boolean mutable, TypeRef inner, TextRange range) implements TypeRef {}

    record TupleType(List<TypeRef> elements, TextRange range) implements TypeRef {
        public TupleType {
            elements = List.copyOf(elements);
        }
    }

    /** {@code [T; N]}; the length is kept as source text (const evaluation comes later). */
    record ArrayType(TypeRef element, String length, TextRange range) implements TypeRef {}

    record SliceType(TypeRef element, TextRange range) implements TypeRef {}

    record FnPtrType(List<TypeRef> params, TypeRef ret, TextRange range) implements TypeRef {
        public FnPtrType {
            params = List.copyOf(params);
        }
    }

    record ImplTraitType(List<Bound> bounds, TextRange range) implements TypeRef {
        public ImplTraitType {
            bounds = List.copyOf(bounds);
        }
    }

    record DynTraitType(List<Bound> bounds, TextRange range) implements TypeRef {
        public DynTraitType {
            bounds = List.copyOf(bounds);
        }
    }

    record NeverType(TextRange range) implements TypeRef {}

    record InferType(TextRange range) implements TypeRef {}

    /** A type the parser could not make sense of; its errors were reported by the parser. */
    record ErrorType(TextRange range) implements TypeRef {}
}
