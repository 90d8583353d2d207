package brisk.types;

import brisk.items.ItemLoc;
import java.util.List;

/**
 * A Rust type. Values are immutable and compare structurally, so a type computed twice is equal
 * (query results that hold types are backdated). Inference variables ({@link Infer}) only live
 * inside one body's inference; {@link InferenceResult}s hold them resolved (or {@link Error}).
 */
public sealed interface Ty {
    Ty UNIT = new Tuple(List.of());
    Ty NEVER = new Never();
    Ty ERROR = new Error();
    Ty BOOL = prim(PrimKind.BOOL);
    Ty CHAR = prim(PrimKind.CHAR);
    Ty STR = prim(PrimKind.STR);
    Ty I32 = prim(PrimKind.I32);
    Ty I64 = prim(PrimKind.I64);
    Ty U8 = prim(PrimKind.U8);
    Ty U32 = prim(PrimKind.U32);
    Ty USIZE = prim(PrimKind.USIZE);
    Ty F64 = prim(PrimKind.F64);

    enum PrimKind {
        I8, I16, I32, I64, I128, ISIZE, U8, U16, U32, U64, U128, USIZE, F32, F64, BOOL, CHAR, STR;

        public boolean isInteger() {
            return ordinal() <= USIZE.ordinal();
        }

        public boolean isFloat() {
            return this == F32 || this == F64;
        }

        public boolean isNumeric() {
            return ordinal() <= F64.ordinal();
        }

        public boolean isSigned() {
            return ordinal() <= ISIZE.ordinal() || isFloat();
        }

        private static final String[] NAMES = java.util.Arrays.stream(values())
                .map(k -> k.name().toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new);

        public String rustName() {
            return NAMES[ordinal()];
        }

        public static PrimKind byName(String name) {
            for (var k : values()) {
                if (k.rustName().equals(name)) {
                    return k;
                }
            }
            return null;
        }
    }

    record Prim(PrimKind kind) implements Ty {
        /** One instance per kind: {@link Ty#prim} hands these out so types share them. */
        static final Prim[] INTERNED = java.util.Arrays.stream(PrimKind.values()).map(Prim::new).toArray(Prim[]::new);
    }

    /** A tuple; the empty tuple is unit. */
    record Tuple(List<Ty> elements) implements Ty {
        public Tuple {
            elements = List.copyOf(elements);
        }
    }

    record Ref(Ty inner, boolean mutable) implements Ty {}

    record Ptr(Ty inner, boolean mutable) implements Ty {}

    /** {@code [T; N]}; {@code length} is -1 when brisk could not evaluate it. */
    record Array(Ty element, long length) implements Ty {}

    record Slice(Ty element) implements Ty {}

    /** A struct, enum or union with its generic arguments (lifetimes erased). */
    record Adt(ItemLoc def, String name, List<Ty> args) implements Ty {
        public Adt {
            args = List.copyOf(args);
        }
    }

    /** The zero-sized type of one fn item, instantiated: what codegen calls. */
    record FnDef(FnRef fn, List<Ty> params, Ty ret) implements Ty {
        public FnDef {
            params = List.copyOf(params);
        }
    }

    /** {@code fn(A, B) -> R}. */
    record FnPtr(List<Ty> params, Ty ret) implements Ty {
        public FnPtr {
            params = List.copyOf(params);
        }
    }

    /** A closure of the body being inferred, numbered by its position in the body. */
    record Closure(int id, List<Ty> params, Ty ret) implements Ty {
        public Closure {
            params = List.copyOf(params);
        }
    }

    /** {@code dyn Trait<Args>}. */
    record Dyn(TraitRef trait) implements Ty {}

    /**
     * {@code impl Trait}: opaque to its users, known only by its bounds and their associated type
     * bindings ({@code impl Iterator<Item = u32>}).
     */
    record Opaque(List<TraitRef> bounds, java.util.Map<String, Ty> assoc) implements Ty {
        public Opaque {
            bounds = List.copyOf(bounds);
            assoc = java.util.Map.copyOf(assoc);
        }
    }

    /** {@code <self as Trait>::name} that could not be normalized yet (a generic's projection). */
    record Projection(Ty self, TraitRef trait, String name) implements Ty {}

    record Never() implements Ty {}

    /**
     * A generic parameter of the item being typed: {@code index} into its {@link Generic}
     * list (container's params first); {@code Self} of a trait is index -1.
     */
    record Param(int index, String name) implements Ty {}

    /** An inference variable of the body being inferred. */
    record Infer(int var, VarKind kind) implements Ty {}

    enum VarKind { GENERAL, INT, FLOAT }

    /** Already reported, or a construct brisk cannot type: unifies with everything, reports nothing. */
    record Error() implements Ty {}

    /** A trait with its generic arguments ({@code Self} excluded). */
    record TraitRef(ItemLoc trait, String name, List<Ty> args) {
        public TraitRef {
            args = List.copyOf(args);
        }
    }

    static Ty ref(Ty inner) {
        return new Ref(inner, false);
    }

    static Ty prim(PrimKind kind) {
        return Prim.INTERNED[kind.ordinal()];
    }
}
