package brisk.borrowck;

import brisk.db.QueryContext;
import brisk.resolve.CrateConfig;
import brisk.types.AdtDef;
import brisk.types.StdItems;
import brisk.types.Ty;
import brisk.types.TypeQueries;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a type for exhaustiveness: which constructors it has and their field types. Types
 * whose values brisk does not enumerate (floats, chars, strings, slices, {@code usize}...) are
 * {@link Opaque}: only wildcards cover them, and a match testing them is not checked at all.
 */
sealed interface Space {
    record Bool() implements Space {}

    record Int(Ty.PrimKind kind, BigInteger min, BigInteger max) implements Space {}

    /** An enum; {@code prelude} is set for Option and Result, whose variants rustc prints unqualified. */
    record Enum(Ty.Adt ty, AdtDef def, boolean prelude) implements Space {}

    /** A tuple, struct or reference: one constructor. */
    record Product(Ty ty, ProductKind kind, List<Ty> fields, List<String> names, String name) implements Space {}

    record Opaque() implements Space {}

    enum ProductKind { TUPLE, TUPLE_STRUCT, NAMED_STRUCT, UNIT_STRUCT, REF }

    /** Resolves ADT definitions for one body's crate. */
    record Types(QueryContext ctx, CrateConfig crate, StdItems std) {
        Space of(Ty ty) {
            return switch (ty) {
                case Ty.Prim p when p.kind() == Ty.PrimKind.BOOL -> new Bool();
                case Ty.Prim p when p.kind().isInteger() && p.kind() != Ty.PrimKind.USIZE
                        && p.kind() != Ty.PrimKind.ISIZE -> intSpace(p.kind());
                case Ty.Tuple t -> new Product(ty, ProductKind.TUPLE, t.elements(), List.of(), null);
                case Ty.Ref r -> new Product(ty, ProductKind.REF, List.of(r.inner()), List.of(), null);
                case Ty.Adt a -> adt(a);
                default -> new Opaque();
            };
        }

        private Space adt(Ty.Adt a) {
            var def = TypeQueries.adtDef(ctx, crate, a.def());
            if (def == null) {
                return new Opaque();
            }
            boolean fromStd = isStd(def);
            if (def.kind() == AdtDef.Kind.ENUM) {
                boolean prelude = fromStd && (std.is(a, "Option") || std.is(a, "Result"));
                if (def.variants().isEmpty() || (fromStd && !prelude)) {
                    return new Opaque();
                }
                return new Enum(a, def, prelude);
            }
            if (def.kind() == AdtDef.Kind.STRUCT && !fromStd) {
                var v = def.variants().getFirst();
                var kind = switch (v.shape()) {
                    case NAMED -> ProductKind.NAMED_STRUCT;
                    case TUPLE -> ProductKind.TUPLE_STRUCT;
                    case UNIT -> ProductKind.UNIT_STRUCT;
                };
                return new Product(a, kind, def.fieldTypes(0, a.args()), v.fieldNames(), def.name());
            }
            return new Opaque();
        }

        private boolean isStd(AdtDef def) {
            var option = std == null ? null : std.get("Option");
            return option != null && def.loc().file().equals(option.file());
        }

        /** The item-relative name range of variant {@code index} of the enum at {@code enumLoc}, or null. */
        brisk.base.TextRange variantNameRange(brisk.items.ItemLoc enumLoc, int index) {
            var item = ctx.get(brisk.items.ItemQueries.ITEM_TREE, enumLoc.file()).item(enumLoc.index());
            return item instanceof brisk.items.Item.Enum e && index < e.variants().size()
                    ? e.variants().get(index).nameRange() : null;
        }

        /**
         * Whether values of {@code ty} are certainly not Copy: String, Vec, Box, HashMap, an ADT of
         * this crate with neither {@code #[derive(Copy)]} nor an {@code impl Copy}, or a tuple,
         * Option or Result holding one. Anything else (generics, references, other std types) is not.
         */
        boolean certainlyNotCopy(Ty ty) {
            return switch (ty) {
                case Ty.Tuple t -> t.elements().stream().anyMatch(this::certainlyNotCopy);
                case Ty.Adt a when std != null && (std.is(a, "String") || std.is(a, "Vec") || std.is(a, "Box")
                        || std.is(a, "HashMap")) -> true;
                case Ty.Adt a when std != null && (std.is(a, "Option") || std.is(a, "Result")) ->
                        a.args().stream().anyMatch(this::certainlyNotCopy);
                case Ty.Adt a -> crate.equals(ctx.get(TypeQueries.FILE_CRATES, crate).get(a.def().file())) && !copyAdt(a);
                default -> false;
            };
        }

        /** Whether {@code ty} certainly implements Clone: std's owning types, or ADTs deriving it, with such arguments. */
        boolean certainlyClone(Ty ty) {
            return switch (ty) {
                case Ty.Prim p -> true;
                case Ty.Tuple t -> t.elements().stream().allMatch(this::certainlyClone);
                case Ty.Adt a when std != null && (std.is(a, "String") || std.is(a, "Vec") || std.is(a, "Box")
                        || std.is(a, "Option") || std.is(a, "Result")) -> a.args().stream().allMatch(this::certainlyClone);
                case Ty.Adt a -> crate.equals(ctx.get(TypeQueries.FILE_CRATES, crate).get(a.def().file()))
                        && ctx.get(brisk.items.ItemQueries.ITEM_TREE, a.def().file()).item(a.def().index()).attrs()
                                .derives().contains("Clone")
                        && a.args().isEmpty();
                default -> false;
            };
        }

        private boolean copyAdt(Ty.Adt a) {
            var item = ctx.get(brisk.items.ItemQueries.ITEM_TREE, a.def().file()).item(a.def().index());
            if (item.attrs().derives().contains("Copy")) {
                return true;
            }
            for (var impl : ctx.get(TypeQueries.CRATE_IMPLS, crate)) {
                if (impl.trait() != null && impl.trait().name().equals("Copy") && impl.selfTy() instanceof Ty.Adt s
                        && s.def().equals(a.def())) {
                    return true;
                }
            }
            return false;
        }

        /** Field types of constructor {@code con} of {@code space}. */
        List<Ty> fields(Space space, Pat.Con con) {
            return switch (space) {
                case Enum e when con instanceof Pat.Variant v -> e.def().fieldTypes(v.index(), e.ty().args());
                case Product p -> p.fields();
                default -> List.of();
            };
        }

        /** Every constructor of an enumerable space, in declaration order (integers are split separately). */
        static List<Pat.Con> constructors(Space space) {
            var out = new ArrayList<Pat.Con>();
            switch (space) {
                case Bool b -> {
                    out.add(new Pat.Bool(false));
                    out.add(new Pat.Bool(true));
                }
                case Enum e -> {
                    for (int i = 0; i < e.def().variants().size(); i++) {
                        out.add(new Pat.Variant(i));
                    }
                }
                case Product p -> out.add(new Pat.Single());
                default -> { }
            }
            return out;
        }

        private static Int intSpace(Ty.PrimKind kind) {
            int bits = switch (kind) {
                case I8, U8 -> 8;
                case I16, U16 -> 16;
                case I32, U32 -> 32;
                case I64, U64 -> 64;
                default -> 128;
            };
            if (kind.isSigned()) {
                var max = BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
                return new Int(kind, max.negate().subtract(BigInteger.ONE), max);
            }
            return new Int(kind, BigInteger.ZERO, BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
        }
    }
}
