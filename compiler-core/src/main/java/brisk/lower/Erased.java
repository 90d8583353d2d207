package brisk.lower;

import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrSig;
import brisk.lower.ir.IrType;
import brisk.types.Ty;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The erased representations of closures and iterators. Every callable Rust type (closures, fn
 * items and pointers, {@code impl Fn}, {@code dyn Fn}, {@code Box<dyn Fn>}, a generic {@code F: Fn}
 * once monomorphized) is one shape per arity: an {@link IrType.FnPtr} taking and returning
 * {@code Object} (the runtime's {@code RFnN}), values crossing it through {@link IrExpr.Box} and
 * {@link IrExpr.Unbox}. Every std iterator type (and {@code impl Iterator}) is the runtime's
 * {@code brisk.runtime.iter.RIter} of boxed items. One representation per arity keeps generic code,
 * struct fields, {@code Box<dyn Fn>} and std's adapters interchangeable without per-closure classes.
 */
final class Erased {
    static final String RITER_CLASS = "brisk/runtime/iter/RIter";
    static final IrType RITER = new IrType.Obj(RITER_CLASS);
    static final String PEEKABLE_CLASS = "brisk/runtime/iter/Peekable";

    /** std structs that are iterators brisk runs as an {@code RIter}. */
    private static final Set<String> ITERATORS = Set.of("Iter", "IterMut", "IntoIter", "Map", "Filter", "Enumerate",
            "Take", "Skip", "Zip", "Cloned", "Copied", "StepBy", "TakeWhile", "SkipWhile", "FlatMap", "Chain",
            "FilterMap", "Rev", "Peekable", "Range", "RangeInclusive", "RangeFrom", "Chars", "Bytes", "CharIndices",
            "Once", "Repeat", "Empty", "Successors", "Inspect", "Scan", "Flatten", "FromFn", "Chunks", "Windows",
            "Split", "RSplit", "SplitN", "SplitTerminator", "SplitWhitespace", "Lines", "ToUppercase", "ToLowercase");

    private Erased() {}

    static IrType.FnPtr fnShape(int arity) {
        return new IrType.FnPtr(new IrSig(Collections.nCopies(arity, IrType.OBJECT), IrType.OBJECT));
    }

    /** The erased representation of {@code t}, or null when {@code t} is not a callable or iterator. */
    static IrType lower(TypeLowering types, Ty t) {
        int arity = fnArity(types, t);
        if (arity >= 0) {
            return fnShape(arity);
        }
        return isIterator(types, t) ? RITER : null;
    }

    /** The number of parameters of a callable type, or -1. */
    static int fnArity(TypeLowering types, Ty t) {
        return switch (t) {
            case Ty.Closure c -> c.params().size();
            case Ty.FnPtr f -> f.params().size();
            case Ty.FnDef f -> f.params().size();
            case Ty.Dyn d -> fnTraitArity(d.trait());
            case Ty.Opaque o -> o.bounds().stream().mapToInt(Erased::fnTraitArity).max().orElse(-1);
            case Ty.Adt a when types.std().is(a, "Box") && !a.args().isEmpty() -> fnArity(types, a.args().getFirst());
            case Ty.Ref r -> fnArity(types, r.inner());
            default -> -1;
        };
    }

    private static int fnTraitArity(Ty.TraitRef trait) {
        if ((trait.name().equals("Fn") || trait.name().equals("FnMut") || trait.name().equals("FnOnce"))
                && !trait.args().isEmpty() && trait.args().getFirst() instanceof Ty.Tuple params) {
            return params.elements().size();
        }
        return -1;
    }

    static boolean isIterator(TypeLowering types, Ty t) {
        return switch (t) {
            case Ty.Adt a -> ITERATORS.contains(a.name()) && types.isStd(a);
            case Ty.Opaque o -> o.bounds().stream().anyMatch(b -> b.name().equals("Iterator")
                    || b.name().equals("DoubleEndedIterator"));
            case Ty.Dyn d -> d.trait().name().equals("Iterator");
            default -> false;
        };
    }

    /** {@code value} boxed unless it already is an {@code Object}. */
    static IrExpr box(IrExpr value) {
        return value.type().equals(IrType.OBJECT) ? value : new IrExpr.Box(value);
    }

    static IrExpr unbox(IrExpr boxed, IrType target) {
        return target.equals(IrType.OBJECT) ? boxed : new IrExpr.Unbox(boxed, target);
    }

    /** A call of an erased callable with boxed arguments, its result as {@code result}. */
    static IrExpr call(IrExpr callee, List<IrExpr> args, IrType result) {
        return unbox(new IrExpr.CallFn(callee, args.stream().map(Erased::box).toList()), result);
    }
}
