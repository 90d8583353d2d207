package brisk.lower;

import brisk.lower.ir.IntKind;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrSig;
import brisk.lower.ir.IrType;
import java.util.List;

/**
 * {@code Vec<T>} and {@code &[T]} as the runtime's {@code RVec}/{@code RSlice} of boxed elements.
 * Scalars are boxed and unboxed through {@code ProgramSupport}; objects (strings, structs, enums,
 * tuples, arrays, vectors, trait objects) are stored as they are ({@link IrExpr.Box}) and cast back
 * when read ({@link IrExpr.Unbox}).
 */
final class Vecs {
    static final String RVEC_CLASS = "brisk/runtime/RVec";
    static final String RSLICE_CLASS = "brisk/runtime/RSlice";
    static final IrType RVEC = new IrType.Obj(RVEC_CLASS);
    static final IrType RSLICE = new IrType.Obj(RSLICE_CLASS);
    static final IrType OBJECT = new IrType.Obj("java/lang/Object");

    private Vecs() {}

    /** Whether {@code t} can be a Vec or slice element. */
    static boolean boxable(IrType t) {
        return isObject(t) || t instanceof IrType.Int || t instanceof IrType.Bool || t instanceof IrType.Char
                || t instanceof IrType.Float32 || t instanceof IrType.Float64 || t.equals(TypeLowering.RSTRING)
                || t.equals(TypeLowering.RSTR) || t instanceof IrType.FnPtr || t.equals(Erased.RITER);
    }

    /** Elements that are JVM objects already: stored as they are (structs, enums, tuples, arrays, vectors...). */
    static boolean isObject(IrType t) {
        return t instanceof IrType.Adt || t instanceof IrType.Tuple || t instanceof IrType.Array
                || t instanceof IrType.Dyn || t instanceof IrType.FnPtr
                || (t instanceof IrType.Obj && !t.equals(IrType.JAVA_STRING));
    }

    static IrExpr box(IrExpr v) {
        IrType t = v.type();
        if (isObject(t)) {
            return t.equals(OBJECT) ? v : new IrExpr.Box(v);
        }
        IrExpr arg = switch (t) {
            case IrType.Int i -> i.kind().isLong() ? castTo(v, IrType.I64) : castTo(v, IrType.I32);
            case IrType.Char _ -> new IrExpr.Cast(v, IrType.I32);
            default -> v;
        };
        return new IrExpr.StaticCall(Formatting.SUPPORT, "box", IrSig.of(OBJECT, arg.type()), List.of(arg));
    }

    private static IrExpr castTo(IrExpr v, IrType target) {
        return v.type().equals(target) ? v : new IrExpr.Cast(v, target);
    }

    /** The element {@code boxed} holds, as {@code element}. */
    static IrExpr unbox(IrExpr boxed, IrType element) {
        if (isObject(element)) {
            return element.equals(OBJECT) ? boxed : new IrExpr.Unbox(boxed, element);
        }
        return switch (element) {
            case IrType.Int i -> {
                IrType raw = i.kind().isLong() ? IrType.I64 : IrType.I32;
                IrExpr v = new IrExpr.StaticCall(Formatting.SUPPORT, i.kind().isLong() ? "unboxLong" : "unboxInt",
                        IrSig.of(raw, OBJECT), List.of(boxed));
                yield castTo(v, element);
            }
            case IrType.Char _ -> StrCalls.intAsChar(new IrExpr.StaticCall(Formatting.SUPPORT, "unboxInt",
                    IrSig.of(IrType.I32, OBJECT), List.of(boxed)));
            case IrType.Bool _ -> call("unboxBoolean", IrType.BOOL, boxed);
            case IrType.Float32 _ -> call("unboxFloat", IrType.F32, boxed);
            case IrType.Float64 _ -> call("unboxDouble", IrType.F64, boxed);
            default -> element.equals(TypeLowering.RSTRING) ? call("unboxRString", element, boxed)
                    : call("unboxRStr", element, boxed);
        };
    }

    private static IrExpr call(String name, IrType result, IrExpr boxed) {
        return new IrExpr.StaticCall(Formatting.SUPPORT, name, IrSig.of(result, OBJECT), List.of(boxed));
    }

    static IrExpr newVec(long capacity) {
        return new IrExpr.StaticCall(RVEC_CLASS, "withCapacity", IrSig.of(RVEC, IrType.USIZE),
                List.of(new IrExpr.IntConst(IntKind.USIZE, capacity)));
    }

    static IrExpr push(IrExpr vec, IrExpr element) {
        return new IrExpr.VirtualCall(RVEC_CLASS, "push", IrSig.of(IrType.UNIT, OBJECT), false, vec, List.of(box(element)));
    }

    static IrExpr len(IrExpr vecOrSlice) {
        String owner = vecOrSlice.type().equals(RVEC) ? RVEC_CLASS : RSLICE_CLASS;
        return new IrExpr.VirtualCall(owner, "len", IrSig.of(IrType.USIZE), false, vecOrSlice, List.of());
    }

    static IrExpr get(IrExpr vecOrSlice, IrExpr index, IrType element, String location) {
        String owner = vecOrSlice.type().equals(RVEC) ? RVEC_CLASS : RSLICE_CLASS;
        return unbox(new IrExpr.VirtualCall(owner, "get", IrSig.of(OBJECT, IrType.USIZE, IrType.JAVA_STRING), false,
                vecOrSlice, List.of(index, new IrExpr.StringConst(location))), element);
    }

    static IrExpr set(IrExpr vecOrSlice, IrExpr index, IrExpr value, String location) {
        String owner = vecOrSlice.type().equals(RVEC) ? RVEC_CLASS : RSLICE_CLASS;
        return new IrExpr.VirtualCall(owner, "set", IrSig.of(IrType.UNIT, IrType.USIZE, OBJECT, IrType.JAVA_STRING), false,
                vecOrSlice, List.of(index, box(value), new IrExpr.StringConst(location)));
    }

    static IrExpr asSlice(IrExpr vec) {
        return new IrExpr.VirtualCall(RVEC_CLASS, "asSlice", IrSig.of(RSLICE), false, vec, List.of());
    }
}
