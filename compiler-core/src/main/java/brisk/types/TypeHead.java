package brisk.types;

/**
 * The outermost constructor of a type, for rejecting impls without unifying (rustc's "simplified
 * type"): an ADT's definition, a primitive's kind, or a marker for references, slices, tuples...
 * Null for types that can be anything (parameters, variables, errors).
 */
final class TypeHead {
    static final String REF = "&";

    private TypeHead() {}

    static Object of(Ty ty) {
        return switch (ty) {
            case Ty.Adt a -> a.def();
            case Ty.Prim p -> p.kind();
            case Ty.Ref r -> REF;
            case Ty.Ptr p -> "*";
            case Ty.Slice s -> "[]";
            case Ty.Array a -> "[;]";
            case Ty.Tuple t -> t.elements().size();
            case Ty.Dyn d -> d.trait().trait();
            case Ty.FnPtr f -> "fn";
            case Ty.Never n -> "!";
            default -> null;
        };
    }
}
