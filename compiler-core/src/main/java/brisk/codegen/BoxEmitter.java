package brisk.codegen;

import brisk.lower.ir.IrType;
import java.lang.classfile.CodeBuilder;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;

/**
 * {@link brisk.lower.ir.IrExpr.Box} and {@link brisk.lower.ir.IrExpr.Unbox}: the one mapping between
 * IR values and the {@code Object}s erased containers hold. A scalar becomes the Java wrapper of its
 * JVM kind ({@code char} and narrow integers an {@code Integer}, {@code bool} a {@code Boolean}), the
 * representation {@code ProgramSupport.box} and the runtime's vectors and iterators share.
 */
final class BoxEmitter {
    private BoxEmitter() {}

    /** The value of {@code type} on the stack (none for unit) becomes an {@code Object}. */
    static void box(CodeBuilder code, IrType type) {
        switch (type) {
            case IrType.Unit _, IrType.Never _ -> code.aconst_null();
            case IrType.Int i when i.kind().isLong() -> valueOf(code, ConstantDescs.CD_Long, ConstantDescs.CD_long);
            case IrType.Int _, IrType.Char _ -> valueOf(code, ConstantDescs.CD_Integer, ConstantDescs.CD_int);
            case IrType.Bool _ -> valueOf(code, ConstantDescs.CD_Boolean, ConstantDescs.CD_boolean);
            case IrType.Float32 _ -> valueOf(code, ConstantDescs.CD_Float, ConstantDescs.CD_float);
            case IrType.Float64 _ -> valueOf(code, ConstantDescs.CD_Double, ConstantDescs.CD_double);
            default -> { }
        }
    }

    /** The {@code Object} on the stack becomes a value of {@code type} (dropped for unit). */
    static void unbox(CodeBuilder code, IrType type) {
        switch (type) {
            case IrType.Unit _, IrType.Never _ -> code.pop();
            case IrType.Int i when i.kind().isLong() -> value(code, ConstantDescs.CD_Long, "longValue", ConstantDescs.CD_long);
            case IrType.Int _, IrType.Char _ -> value(code, ConstantDescs.CD_Integer, "intValue", ConstantDescs.CD_int);
            case IrType.Bool _ -> value(code, ConstantDescs.CD_Boolean, "booleanValue", ConstantDescs.CD_boolean);
            case IrType.Float32 _ -> value(code, ConstantDescs.CD_Float, "floatValue", ConstantDescs.CD_float);
            case IrType.Float64 _ -> value(code, ConstantDescs.CD_Double, "doubleValue", ConstantDescs.CD_double);
            default -> {
                ClassDesc target = JvmNames.desc(type);
                if (!target.equals(ConstantDescs.CD_Object)) {
                    code.checkcast(target);
                }
            }
        }
    }

    private static void valueOf(CodeBuilder code, ClassDesc wrapper, ClassDesc primitive) {
        code.invokestatic(wrapper, "valueOf", MethodTypeDesc.of(wrapper, primitive));
    }

    private static void value(CodeBuilder code, ClassDesc wrapper, String method, ClassDesc primitive) {
        code.checkcast(wrapper).invokevirtual(wrapper, method, MethodTypeDesc.of(primitive));
    }
}
