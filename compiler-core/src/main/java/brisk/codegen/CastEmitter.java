package brisk.codegen;

import brisk.lower.ir.IntKind;
import brisk.lower.ir.IrType;
import java.lang.classfile.CodeBuilder;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;

/**
 * Rust's {@code as} on scalars, inline where a JVM conversion has the same semantics (int widening
 * and truncation, {@code f2i}/{@code d2l} which saturate and map NaN to 0 like Rust) and through
 * {@code brisk.runtime.Casts} where it has not (float to narrow or unsigned ints, u64 to float).
 */
final class CastEmitter {
    private CastEmitter() {}

    /** Converts the value of type {@code from} on the stack to {@code to}. */
    static void emit(CodeBuilder code, IrType from, IrType to) {
        if (from.equals(to)) {
            return;
        }
        switch (from) {
            case IrType.Int f -> fromInt(code, f.kind(), to);
            case IrType.Bool _, IrType.Char _ -> fromInt(code, IntKind.U32, to);
            case IrType.Float32 _ -> fromFloat(code, false, to);
            case IrType.Float64 _ -> fromFloat(code, true, to);
            default -> throw unsupported(from, to);
        }
    }

    private static void fromInt(CodeBuilder code, IntKind from, IrType to) {
        switch (to) {
            case IrType.Int t -> intToInt(code, from, t.kind());
            // Only u8 as char is legal Rust, and a u8 is already a valid scalar value.
            case IrType.Char _ -> intToInt(code, from, IntKind.U32);
            case IrType.Float32 _ -> intToFloat(code, from, false);
            case IrType.Float64 _ -> intToFloat(code, from, true);
            default -> throw unsupported(new IrType.Int(from), to);
        }
    }

    private static void intToInt(CodeBuilder code, IntKind from, IntKind to) {
        if (from.isLong()) {
            if (!to.isLong()) {
                code.l2i();
                normalize(code, to);
            }
            return;
        }
        if (to.isLong()) {
            code.i2l();
            if (from == IntKind.U32) {
                code.loadConstant(0xFFFF_FFFFL).land();
            }
            return;
        }
        boolean fits = to.bits() == 32
                || (from.signed() == to.signed() && from.bits() <= to.bits())
                || (!from.signed() && to.signed() && from.bits() < to.bits());
        if (!fits) {
            normalize(code, to);
        }
    }

    private static void intToFloat(CodeBuilder code, IntKind from, boolean toDouble) {
        if (!from.isLong()) {
            if (from == IntKind.U32) {
                code.i2l().loadConstant(0xFFFF_FFFFL).land();
                if (toDouble) {
                    code.l2d();
                } else {
                    code.l2f();
                }
            } else if (toDouble) {
                code.i2d();
            } else {
                code.i2f();
            }
        } else if (from.signed()) {
            if (toDouble) {
                code.l2d();
            } else {
                code.l2f();
            }
        } else {
            var result = toDouble ? ConstantDescs.CD_double : ConstantDescs.CD_float;
            code.invokestatic(RuntimeApi.CASTS, toDouble ? "u64ToF64" : "u64ToF32",
                    MethodTypeDesc.of(result, ConstantDescs.CD_long));
        }
    }

    private static void fromFloat(CodeBuilder code, boolean isDouble, IrType to) {
        switch (to) {
            case IrType.Float32 _ -> code.d2f();
            case IrType.Float64 _ -> code.f2d();
            case IrType.Int t -> {
                IntKind kind = t.kind();
                if (kind.signed() && kind.bits() == 32) {
                    if (isDouble) {
                        code.d2i();
                    } else {
                        code.f2i();
                    }
                } else if (kind.signed() && kind.isLong()) {
                    if (isDouble) {
                        code.d2l();
                    } else {
                        code.f2l();
                    }
                } else {
                    String target = kind == IntKind.USIZE ? "U64" : kind.runtimeSuffix();
                    var param = isDouble ? ConstantDescs.CD_double : ConstantDescs.CD_float;
                    var result = kind.isLong() ? ConstantDescs.CD_long : ConstantDescs.CD_int;
                    code.invokestatic(RuntimeApi.CASTS, (isDouble ? "f64To" : "f32To") + target,
                            MethodTypeDesc.of(result, param));
                }
            }
            default -> throw unsupported(isDouble ? IrType.F64 : IrType.F32, to);
        }
    }

    /** Re-normalizes an int-represented value of {@code kind} after an operation that may leave high bits. */
    static void normalize(CodeBuilder code, IntKind kind) {
        switch (kind) {
            case I8 -> code.i2b();
            case I16 -> code.i2s();
            case U8 -> code.loadConstant(0xFF).iand();
            case U16 -> code.i2c();
            default -> { }
        }
    }

    private static IllegalStateException unsupported(IrType from, IrType to) {
        return new IllegalStateException("no cast from " + from + " to " + to);
    }
}
