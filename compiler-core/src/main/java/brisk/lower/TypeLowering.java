package brisk.lower;

import brisk.base.TextRange;
import brisk.db.QueryContext;
import brisk.items.Item;
import brisk.items.ItemQueries;
import brisk.lower.ir.IntKind;
import brisk.lower.ir.IrType;
import brisk.resolve.CrateConfig;
import brisk.types.StdItems;
import brisk.types.Ty;
import brisk.types.TypeQueries;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Rust types to IR types under one instance's type arguments. Shared references to scalars are the
 * scalars themselves (nothing can change them while shared); references to structs and strings are
 * the objects. Every user ADT met is recorded so the program collector generates its class.
 */
final class TypeLowering {
    static final IrType RSTR = new IrType.Obj("brisk/runtime/RStr");
    static final IrType RSTRING = new IrType.Obj("brisk/runtime/RString");
    /** {@code i128} and {@code u128} (see {@link WideInts}). */
    static final IrType INT128 = new IrType.Obj("brisk/runtime/Int128");
    static final IrType PARSE_INT_ERROR = new IrType.Obj("brisk/runtime/ParseIntError");
    static final IrType PARSE_FLOAT_ERROR = new IrType.Obj("brisk/runtime/ParseFloatError");

    private final QueryContext ctx;
    private final CrateConfig crate;
    private final List<Ty> typeArgs;
    private final StdItems std;
    private final LinkedHashSet<Ty.Adt> adts = new LinkedHashSet<>();
    /** {@code dyn} traits met, by their IR interface path. */
    private final java.util.LinkedHashMap<brisk.lower.ir.IrPath, Ty.TraitRef> dyns = new java.util.LinkedHashMap<>();

    TypeLowering(QueryContext ctx, CrateConfig crate, List<Ty> typeArgs) {
        this.ctx = ctx;
        this.crate = crate;
        this.typeArgs = typeArgs;
        this.std = ctx.get(TypeQueries.STD_ITEMS, crate);
    }

    List<Ty.Adt> adts() {
        return new ArrayList<>(adts);
    }

    /** Records ADT instances another lowering met (a callee's signature) as used by this fn. */
    void noteAll(List<Ty.Adt> found) {
        adts.addAll(found);
    }

    /** The {@code dyn} traits the lowered types mention. */
    List<Ty.TraitRef> dyns() {
        return new ArrayList<>(dyns.values());
    }

    Ty.TraitRef dynTrait(brisk.lower.ir.IrPath path) {
        return dyns.get(path);
    }

    /** The ADT instance whose IR path is {@code path}, among those met. */
    Ty.Adt adtOf(brisk.lower.ir.IrPath path) {
        for (var a : adts) {
            if (Names.adtPath(ctx, crate, a).equals(path)) {
                return a;
            }
        }
        return null;
    }

    StdItems std() {
        return std;
    }

    IrType lower(Ty t, TextRange at) {
        t = normalize(Subst.apply(t, typeArgs));
        IrType erased = Erased.lower(this, t);
        if (erased != null) {
            return erased;
        }
        return switch (t) {
            case Ty.Prim p -> prim(p.kind(), at);
            case Ty.Tuple tu when tu.elements().isEmpty() -> IrType.UNIT;
            case Ty.Tuple tu -> {
                var elements = new ArrayList<IrType>();
                for (Ty e : tu.elements()) {
                    IrType el = lower(e, at);
                    if (el.isVoid()) {
                        throw new Unsupported("tuples holding `()`", at);
                    }
                    elements.add(el);
                }
                yield new IrType.Tuple(elements);
            }
            case Ty.Never _ -> IrType.NEVER;
            case Ty.Ref r -> ref(r, at);
            case Ty.Adt a when std.is(a, "String") -> RSTRING;
            // A Box owns its value alone: the value itself (objects are already on the heap).
            case Ty.Adt a when std.is(a, "Box") -> lower(a.args().getFirst(), at);
            case Ty.Dyn d -> {
                var path = DynTraits.path(ctx, crate, d.trait());
                dyns.put(path, d.trait());
                yield new IrType.Dyn(path);
            }
            case Ty.Adt a when std.is(a, "Formatter") -> Formatting.FORMATTER;
            case Ty.Adt a when std.is(a, "Vec") -> {
                requireBoxable(a.args().getFirst(), at);
                yield Vecs.RVEC;
            }
            case Ty.Array a -> {
                IrType el = lower(a.element(), at);
                if (el.isVoid()) {
                    throw new Unsupported("arrays of `()`", at);
                }
                yield new IrType.Array(el);
            }
            case Ty.Adt a when stdError(a) != null -> stdError(a);
            case Ty.Adt a when isUserAdt(a) -> {
                adts.add(a);
                yield new IrType.Adt(Names.adtPath(ctx, crate, a));
            }
            case Ty.Adt a -> throw new Unsupported("the type `" + a.name() + "`", at);
            default -> throw new Unsupported("values of type `" + describe(t) + "`", at);
        };
    }

    /** The hidden types of {@code impl Trait} results this fn uses ({@link OpaqueTypes}). */
    private final java.util.HashMap<Ty.Opaque, Ty> revealed = new java.util.HashMap<>();

    void reveal(Ty.Opaque opaque, Ty hidden, TextRange at) {
        Ty before = revealed.putIfAbsent(opaque, hidden);
        if (before != null && !before.equals(hidden)) {
            throw new Unsupported("two `impl Trait` results with equal bounds and different types in one fn", at);
        }
    }

    CrateConfig crate() {
        return crate;
    }

    /** {@code t} with every associated type projection on a concrete type replaced by what its impl says. */
    Ty normalize(Ty t) {
        return switch (t) {
            case Ty.Opaque o when revealed.containsKey(o) -> revealed.get(o);
            case Ty.Projection p -> {
                Ty self = normalize(p.self());
                Ty found = Calls.isConcrete(self) ? TraitImpls.assocType(ctx, crate, p.trait(), self, p.name()) : null;
                yield found == null ? new Ty.Projection(self, p.trait(), p.name()) : normalize(found);
            }
            case Ty.Ref r -> new Ty.Ref(normalize(r.inner()), r.mutable());
            case Ty.Tuple tu -> new Ty.Tuple(tu.elements().stream().map(this::normalize).toList());
            case Ty.Array a -> new Ty.Array(normalize(a.element()), a.length());
            case Ty.Slice s -> new Ty.Slice(normalize(s.element()));
            case Ty.Adt a when !a.args().isEmpty() -> new Ty.Adt(a.def(), a.name(), a.args().stream().map(this::normalize)
                    .toList());
            default -> t;
        };
    }

    private IrType ref(Ty.Ref r, TextRange at) {
        Ty inner = r.inner();
        if (inner instanceof Ty.Prim p && p.kind() == Ty.PrimKind.STR) {
            if (r.mutable()) {
                throw new Unsupported("`&mut str`", at);
            }
            return RSTR;
        }
        if (inner instanceof Ty.Slice sl) {
            requireBoxable(sl.element(), at);
            return Vecs.RSLICE;
        }
        IrType in = lower(inner, at);
        if (r.mutable() && !(in instanceof IrType.Adt || in instanceof IrType.Dyn || in.equals(RSTRING) || in.equals(Vecs.RVEC)
                || in.equals(Formatting.FORMATTER)
                || in instanceof IrType.Array)) {
            throw new Unsupported("mutable references to `" + describe(inner) + "`", at);
        }
        if (in.isVoid()) {
            throw new Unsupported("references to `()`", at);
        }
        return in;
    }

    private void requireBoxable(Ty element, TextRange at) {
        if (!Vecs.boxable(lower(element, at))) {
            throw new Unsupported("vectors and slices of `" + describe(Subst.apply(element, typeArgs)) + "`", at);
        }
    }

    /** The element type of a Vec, slice or array (through references), or null. */
    Ty elementType(Ty t) {
        t = Subst.apply(t, typeArgs);
        while (t instanceof Ty.Ref r) {
            t = r.inner();
        }
        return switch (t) {
            case Ty.Adt a when std.is(a, "Vec") -> a.args().getFirst();
            case Ty.Slice s -> s.element();
            case Ty.Array a -> a.element();
            default -> null;
        };
    }

    /** Whether values of {@code t} are Copy, so a by-value use of an object duplicates it. */
    boolean isCopy(Ty t) {
        t = Subst.apply(t, typeArgs);
        return switch (t) {
            case Ty.Prim _, Ty.Never _ -> true;
            case Ty.Ref r -> !r.mutable();
            case Ty.Tuple tu -> tu.elements().stream().allMatch(this::isCopy);
            case Ty.Array a -> isCopy(a.element());
            case Ty.Adt a when isUserAdt(a) -> {
                var item = ctx.get(ItemQueries.ITEM_TREE, a.def().file()).item(a.def().index());
                yield item.attrs().derives().contains("Copy") || hasCopyImpl(a);
            }
            default -> false;
        };
    }

    private boolean hasCopyImpl(Ty.Adt a) {
        for (var impl : ctx.get(TypeQueries.CRATE_IMPLS, Names.ownerOf(ctx, crate, a.def()).crate())) {
            if (impl.trait() != null && impl.trait().name().equals("Copy") && impl.selfTy() instanceof Ty.Adt s
                    && s.def().equals(a.def())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code a} is declared by std (not compiled from source). */
    boolean isStd(Ty.Adt a) {
        var owner = Names.ownerOf(ctx, crate, a.def());
        return owner != null && owner.crate().equals(std.std());
    }

    /** A struct or enum compiled from source: the user's, or std's Option, Result, Ordering and fmt::Error. */
    boolean isUserAdt(Ty.Adt a) {
        var owner = Names.ownerOf(ctx, crate, a.def());
        if (owner == null) {
            return false;
        }
        if (owner.crate().equals(std.std()) && !std.is(a, "Option") && !std.is(a, "Result")
                && !isStdNamed(a, "Ordering") && !std.is(a, "Error")) {
            return false;
        }
        var item = ctx.get(ItemQueries.ITEM_TREE, a.def().file()).item(a.def().index());
        return item instanceof Item.Struct || item instanceof Item.Enum;
    }

    /** std's error types of parsing and UTF-8 conversion are runtime records (see {@link #isStdError}). */
    private static final java.util.Map<String, IrType> STD_ERRORS = java.util.Map.of(
            "ParseIntError", PARSE_INT_ERROR, "ParseFloatError", PARSE_FLOAT_ERROR,
            "ParseBoolError", new IrType.Obj("brisk/runtime/ParseBoolError"),
            "ParseCharError", new IrType.Obj("brisk/runtime/ParseCharError"),
            "FromUtf8Error", new IrType.Obj("brisk/runtime/FromUtf8Error"),
            "Utf8Error", new IrType.Obj("brisk/runtime/Utf8Error"));

    private IrType stdError(Ty.Adt a) {
        IrType t = STD_ERRORS.get(a.name());
        return t != null && isStdNamed(a, a.name()) ? t : null;
    }

    /** Whether {@code t} is one of std's error records: each has {@code String display()} and {@code void debug(Formatter)}. */
    static boolean isStdError(IrType t) {
        return STD_ERRORS.containsValue(t);
    }

    static IrType stdErrorType(String name) {
        return STD_ERRORS.get(name);
    }

    /** Whether {@code a} is std's type named {@code name} (for std types {@link StdItems} does not list). */
    boolean isStdNamed(Ty.Adt a, String name) {
        if (!a.name().equals(name)) {
            return false;
        }
        var owner = Names.ownerOf(ctx, crate, a.def());
        return owner != null && owner.crate().equals(std.std());
    }

    static IrType prim(Ty.PrimKind kind, TextRange at) {
        return switch (kind) {
            case I8 -> IrType.I8;
            case I16 -> IrType.I16;
            case I32 -> IrType.I32;
            case I64 -> IrType.I64;
            case ISIZE -> IrType.ISIZE;
            case U8 -> IrType.U8;
            case U16 -> IrType.U16;
            case U32 -> IrType.U32;
            case U64 -> IrType.U64;
            case USIZE -> IrType.USIZE;
            case F32 -> IrType.F32;
            case F64 -> IrType.F64;
            case BOOL -> IrType.BOOL;
            case CHAR -> IrType.CHAR;
            case I128, U128 -> INT128;
            case STR -> throw new Unsupported("unsized `str` values", at);
        };
    }

    static IntKind intKind(IrType t) {
        return t instanceof IrType.Int i ? i.kind() : null;
    }

    static String describe(Ty t) {
        return switch (t) {
            case Ty.Prim p -> p.kind().rustName();
            case Ty.Adt a -> a.name();
            case Ty.Ref r -> (r.mutable() ? "&mut " : "&") + describe(r.inner());
            case Ty.Slice s -> "[" + describe(s.element()) + "]";
            case Ty.Array a -> "[" + describe(a.element()) + "; N]";
            case Ty.Tuple _ -> "tuple";
            case Ty.Closure _ -> "closure";
            case Ty.FnDef _, Ty.FnPtr _ -> "fn";
            case Ty.Dyn d -> "dyn " + d.trait().name();
            case Ty.Error _ -> "{unknown}";
            default -> t.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
