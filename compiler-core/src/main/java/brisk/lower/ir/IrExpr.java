package brisk.lower.ir;

import java.util.List;

/**
 * A side-effect-ordered expression tree: operands are evaluated left to right, then the node.
 * Trees contain no control flow (conditionals and short-circuit operators are blocks of the CFG),
 * so each maps to straight-line JVM stack code. Every node knows its {@link #type()}.
 */
public sealed interface IrExpr {

    IrType type();

    private static void checkArgs(String callee, IrSig sig, List<IrExpr> args) {
        if (args.size() != sig.params().size()) {
            throw new IllegalArgumentException(callee + " takes " + sig.params().size() + " arguments, given " + args.size());
        }
        for (int i = 0; i < args.size(); i++) {
            if (!args.get(i).type().equals(sig.params().get(i))) {
                throw new IllegalArgumentException(callee + " argument " + i + ": " + args.get(i).type() + " for "
                        + sig.params().get(i));
            }
        }
    }

    /** An integer constant; {@code value} is already in the kind's JVM representation. */
    record IntConst(IntKind kind, long value) implements IrExpr {
        public IntConst {
            if (kind.normalize(value) != value) {
                throw new IllegalArgumentException(value + " is not a normalized " + kind);
            }
        }

        @Override
        public IrType type() {
            return new IrType.Int(kind);
        }
    }

    record BoolConst(boolean value) implements IrExpr {
        @Override
        public IrType type() {
            return IrType.BOOL;
        }
    }

    /** A {@code char} constant: a Unicode scalar value. */
    record CharConst(int codePoint) implements IrExpr {
        public CharConst {
            if (codePoint < 0 || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
                throw new IllegalArgumentException("not a Unicode scalar value: " + codePoint);
            }
        }

        @Override
        public IrType type() {
            return IrType.CHAR;
        }
    }

    /** An {@code f32} constant; equality is by bits, so NaN payloads and {@code -0.0} are kept apart. */
    record F32Const(float value) implements IrExpr {
        @Override
        public IrType type() {
            return IrType.F32;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof F32Const c && Float.floatToRawIntBits(c.value) == Float.floatToRawIntBits(value);
        }

        @Override
        public int hashCode() {
            return Float.floatToRawIntBits(value);
        }
    }

    /** An {@code f64} constant; equality is by bits, so NaN payloads and {@code -0.0} are kept apart. */
    record F64Const(double value) implements IrExpr {
        @Override
        public IrType type() {
            return IrType.F64;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof F64Const c && Double.doubleToRawLongBits(c.value) == Double.doubleToRawLongBits(value);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(Double.doubleToRawLongBits(value));
        }
    }

    /** {@code ()}: evaluates to nothing. */
    record UnitConst() implements IrExpr {
        @Override
        public IrType type() {
            return IrType.UNIT;
        }
    }

    /** A {@code java.lang.String} constant (panic messages, arguments of runtime string factories). */
    record StringConst(String value) implements IrExpr {
        @Override
        public IrType type() {
            return IrType.JAVA_STRING;
        }
    }

    /** The current value of a place. */
    record Read(Place place) implements IrExpr {
        @Override
        public IrType type() {
            return place.type();
        }
    }

    /**
     * A by-value copy of a Copy value: ADTs and arrays (objects standing for inline Rust values)
     * are duplicated recursively; scalars, cells and other objects are the value itself.
     */
    record Copy(IrExpr value) implements IrExpr {
        @Override
        public IrType type() {
            return value.type();
        }
    }

    /**
     * {@code left op right} on integers ({@link IrType.Int}), floats, or bools ({@code & | ^}
     * only). For shifts {@code right} may be any integer type; otherwise both operands have
     * {@code type}. {@code location} ({@code src/main.rs:3:5}) is reported if it panics.
     */
    record Arith(ArithOp op, IrType type, IrExpr left, IrExpr right, Overflow overflow, String location)
            implements IrExpr {
        public Arith {
            boolean ok = switch (type) {
                case IrType.Int _ -> op.isShift() ? right.type() instanceof IrType.Int : right.type().equals(type);
                case IrType.Float32 _, IrType.Float64 _ -> op.canPanic() && !op.isShift() && right.type().equals(type);
                case IrType.Bool _ -> (op == ArithOp.AND || op == ArithOp.OR || op == ArithOp.XOR)
                        && right.type().equals(type);
                default -> false;
            };
            if (!ok || !left.type().equals(type)) {
                throw new IllegalArgumentException(op + " on " + left.type() + ", " + right.type() + " as " + type);
            }
        }
    }

    /**
     * {@code -x} (signed integers, floats; unsigned only {@code WRAPPING}, i.e. {@code wrapping_neg})
     * or {@code !x} (integers, bool).
     */
    record Unary(UnOp op, IrExpr operand, Overflow overflow, String location) implements IrExpr {
        public Unary {
            boolean ok = switch (operand.type()) {
                case IrType.Int i -> op == UnOp.NOT || i.kind().signed() || overflow == Overflow.WRAPPING;
                case IrType.Float32 _, IrType.Float64 _ -> op == UnOp.NEG;
                case IrType.Bool _ -> op == UnOp.NOT;
                default -> false;
            };
            if (!ok) {
                throw new IllegalArgumentException(op + " on " + operand.type());
            }
        }

        @Override
        public IrType type() {
            return operand.type();
        }
    }

    /** Compares two scalars (integers, floats with IEEE semantics, bool, char) of one type. */
    record Compare(CmpOp op, IrExpr left, IrExpr right) implements IrExpr {
        public Compare {
            IrType t = left.type();
            boolean scalar = t instanceof IrType.Int || t instanceof IrType.Float32 || t instanceof IrType.Float64
                    || t instanceof IrType.Bool || t instanceof IrType.Char;
            if (!scalar || !t.equals(right.type())) {
                throw new IllegalArgumentException("compare " + left.type() + " with " + right.type());
            }
        }

        @Override
        public IrType type() {
            return IrType.BOOL;
        }
    }

    /**
     * Rust's {@code as} between integers, floats, bool and char: any numeric to numeric, bool or
     * char to integer, {@code u8} to char (and any type to itself).
     */
    record Cast(IrExpr value, IrType target) implements IrExpr {
        public Cast {
            IrType from = value.type();
            boolean numericTarget = target instanceof IrType.Int || target instanceof IrType.Float32
                    || target instanceof IrType.Float64;
            boolean ok = from.equals(target)
                    || (numericTarget && (from instanceof IrType.Int || from instanceof IrType.Float32
                            || from instanceof IrType.Float64))
                    || (target instanceof IrType.Int && (from instanceof IrType.Bool || from instanceof IrType.Char))
                    || (target instanceof IrType.Char && from.equals(IrType.U8));
            if (!ok) {
                throw new IllegalArgumentException("no cast from " + from + " to " + target);
            }
        }

        @Override
        public IrType type() {
            return target;
        }
    }

    /**
     * A new struct object; {@code fields} in declaration order and evaluated in that order (Rust
     * evaluates a struct literal in source order: lower moves fields with effects into temps when
     * the two differ).
     */
    record NewStruct(IrPath struct, List<IrExpr> fields) implements IrExpr {
        public NewStruct {
            fields = List.copyOf(fields);
        }

        @Override
        public IrType type() {
            return new IrType.Adt(struct);
        }
    }

    /** A new tuple {@code (a, b, ...)}. */
    record NewTuple(List<IrExpr> elements) implements IrExpr {
        public NewTuple {
            elements = List.copyOf(elements);
        }

        @Override
        public IrType type() {
            return new IrType.Tuple(elements.stream().map(IrExpr::type).toList());
        }
    }

    /** A new object of one enum variant; its type is the enum's. */
    record NewVariant(IrPath enumPath, String variant, List<IrExpr> fields) implements IrExpr {
        public NewVariant {
            fields = List.copyOf(fields);
            if (!IrPath.isLegalSegment(variant)) {
                throw new IllegalArgumentException("illegal variant name '" + variant + "'");
            }
        }

        @Override
        public IrType type() {
            return new IrType.Adt(enumPath);
        }
    }

    /** The variant index (declaration order, from 0) of an enum value, as an {@code i32}. */
    record Tag(IrExpr value) implements IrExpr {
        public Tag {
            if (!(value.type() instanceof IrType.Adt)) {
                throw new IllegalArgumentException("tag of non-enum " + value.type());
            }
        }

        @Override
        public IrType type() {
            return IrType.I32;
        }
    }

    /** A call of a compiled Rust function. */
    record Call(FnRef fn, List<IrExpr> args) implements IrExpr {
        public Call {
            args = List.copyOf(args);
            checkArgs(fn.name(), fn.sig(), args);
        }

        @Override
        public IrType type() {
            return fn.sig().result();
        }
    }

    /**
     * A call of a static JVM method outside the generated code (the runtime library, the JDK);
     * {@code owner} is a JVM internal class name.
     */
    record StaticCall(String owner, String name, IrSig sig, List<IrExpr> args) implements IrExpr {
        public StaticCall {
            args = List.copyOf(args);
            checkArgs(name, sig, args);
        }

        @Override
        public IrType type() {
            return sig.result();
        }
    }

    /**
     * A static JVM call evaluated once per occurrence in the code, its (immutable) result shared
     * by every later evaluation: a JVM constant-dynamic. For values like {@code &'static str}
     * literals ({@code RStr.of("...")}). Arguments are constants: strings, integers, chars, floats.
     */
    record ConstantCall(String owner, String name, IrSig sig, List<IrExpr> args) implements IrExpr {
        public ConstantCall {
            args = List.copyOf(args);
            checkArgs(name, sig, args);
            if (sig.result().isVoid()) {
                throw new IllegalArgumentException(name + " returns no value to keep");
            }
            for (IrExpr a : args) {
                if (!(a instanceof StringConst || a instanceof IntConst || a instanceof CharConst
                        || a instanceof F32Const || a instanceof F64Const)) {
                    throw new IllegalArgumentException(name + ": argument " + a + " is not a constant");
                }
            }
        }

        @Override
        public IrType type() {
            return sig.result();
        }
    }

    /** An ADT value as a {@code dyn Trait} object (its type must implement the trait: {@link IrImpl}). */
    record ToDyn(IrExpr value, IrPath trait) implements IrExpr {
        public ToDyn {
            if (!(value.type() instanceof IrType.Adt)) {
                throw new IllegalArgumentException("only ADTs implement traits here; lower wraps " + value.type());
            }
        }

        @Override
        public IrType type() {
            return new IrType.Dyn(trait);
        }
    }

    /** A call of trait method {@code method} (signature without receiver) on a {@code dyn} object. */
    record DynCall(String method, IrSig sig, IrExpr receiver, List<IrExpr> args) implements IrExpr {
        public DynCall {
            args = List.copyOf(args);
            if (!(receiver.type() instanceof IrType.Dyn)) {
                throw new IllegalArgumentException("dyn call on " + receiver.type());
            }
            if (!IrPath.isLegalSegment(method)) {
                throw new IllegalArgumentException("illegal method name '" + method + "'");
            }
            checkArgs(method, sig, args);
        }

        @Override
        public IrType type() {
            return sig.result();
        }
    }

    /** A virtual (or, with {@code isInterface}, interface) JVM method call on {@code receiver}. */
    record VirtualCall(String owner, String name, IrSig sig, boolean isInterface, IrExpr receiver,
            List<IrExpr> args) implements IrExpr {
        public VirtualCall {
            args = List.copyOf(args);
            checkArgs(name, sig, args);
        }

        @Override
        public IrType type() {
            return sig.result();
        }
    }

    /**
     * A callable value of type {@link IrType.FnPtr} running {@code target} with {@code captured} as
     * its first arguments: a function pointer when nothing is captured, else a closure (captures
     * by reference are cells, by value copies).
     */
    record MakeFn(FnRef target, List<IrExpr> captured) implements IrExpr {
        public MakeFn {
            captured = List.copyOf(captured);
            List<IrType> params = target.sig().params();
            if (captured.size() > params.size()) {
                throw new IllegalArgumentException(target.name() + " has fewer parameters than captures");
            }
            for (int i = 0; i < captured.size(); i++) {
                if (!captured.get(i).type().equals(params.get(i))) {
                    throw new IllegalArgumentException(target.name() + " capture " + i + ": " + captured.get(i).type()
                            + " for " + params.get(i));
                }
            }
        }

        @Override
        public IrType type() {
            List<IrType> params = target.sig().params();
            return new IrType.FnPtr(new IrSig(params.subList(captured.size(), params.size()), target.sig().result()));
        }
    }

    /** A call through a callable value ({@link IrType.FnPtr}). */
    record CallFn(IrExpr callee, List<IrExpr> args) implements IrExpr {
        public CallFn {
            args = List.copyOf(args);
            if (!(callee.type() instanceof IrType.FnPtr f)) {
                throw new IllegalArgumentException("call of non-callable " + callee.type());
            }
            checkArgs("fn pointer", f.sig(), args);
        }

        @Override
        public IrType type() {
            return ((IrType.FnPtr) callee.type()).sig().result();
        }
    }

    /**
     * {@code value} as a JVM {@code Object}, for erased containers (runtime iterators, callables,
     * vectors): scalars boxed to the Java wrapper of their JVM kind ({@code Integer} for narrow
     * integers and {@code char}, {@code Long}, {@code Float}, {@code Double}, {@code Boolean}),
     * references as they are, unit and never as {@code null}.
     */
    record Box(IrExpr value) implements IrExpr {
        @Override
        public IrType type() {
            return IrType.OBJECT;
        }
    }

    /** The {@code target} value a {@link Box} made ({@code boxed} is a reference; a void target drops it). */
    record Unbox(IrExpr boxed, IrType target) implements IrExpr {
        public Unbox {
            if (!(boxed.type() instanceof IrType.Obj || boxed.type() instanceof IrType.FnPtr)) {
                throw new IllegalArgumentException("unbox of " + boxed.type());
            }
        }

        @Override
        public IrType type() {
            return target;
        }
    }

    /** A fresh cell holding {@code init}: the boxed home of a local that is borrowed {@code &mut}. */
    record NewCell(IrExpr init) implements IrExpr {
        @Override
        public IrType type() {
            return new IrType.Ref(init.type());
        }
    }

    /** An array literal {@code [a, b, c]}. */
    record NewArray(IrType element, List<IrExpr> elements) implements IrExpr {
        public NewArray {
            elements = List.copyOf(elements);
        }

        @Override
        public IrType type() {
            return new IrType.Array(element);
        }
    }

    /** {@code [value; count]}: every element a copy of {@code value} (which must be Copy if {@code count > 1}). */
    record ArrayRepeat(IrExpr value, int count) implements IrExpr {
        public ArrayRepeat {
            if (value.type().isVoid() || count < 0) {
                throw new IllegalArgumentException("[" + value.type() + "; " + count + "]");
            }
        }

        @Override
        public IrType type() {
            return new IrType.Array(value.type());
        }
    }

    /** The length of an array, as a {@code usize}. */
    record ArrayLength(IrExpr array) implements IrExpr {
        @Override
        public IrType type() {
            return IrType.USIZE;
        }
    }
}
