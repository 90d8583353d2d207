package brisk.codegen;

import brisk.lower.ir.ArithOp;
import brisk.lower.ir.IntKind;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrType;
import brisk.lower.ir.Overflow;
import brisk.lower.ir.UnOp;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.Opcode;
import java.lang.classfile.TypeKind;
import java.lang.classfile.instruction.OperatorInstruction;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;

/**
 * Integer, float and bool operators. Results stay normalized (see {@link IntKind}); checked
 * operators that can panic call {@code brisk.runtime.Arith} with the source location, wrapping
 * ones are inline JVM arithmetic (division still panics on a zero divisor, as {@code wrapping_div}).
 */
final class ArithEmitter {
    private final ExprEmitter exprs;
    private final CodeBuilder code;

    ArithEmitter(ExprEmitter exprs, CodeBuilder code) {
        this.exprs = exprs;
        this.code = code;
    }

    void arith(IrExpr.Arith a) {
        exprs.emit(a.left());
        switch (a.type()) {
            case IrType.Int i -> intArith(a, i.kind());
            case IrType.Bool _ -> {
                exprs.emit(a.right());
                code.with(bitwise(a.op(), TypeKind.INT));
            }
            default -> {
                exprs.emit(a.right());
                TypeKind kind = JvmNames.kind(a.type());
                code.with(OperatorInstruction.of(floatOpcode(a.op(), kind)));
            }
        }
    }

    private void intArith(IrExpr.Arith a, IntKind kind) {
        TypeKind tk = kind.isLong() ? TypeKind.LONG : TypeKind.INT;
        ClassDesc t = kind.isLong() ? ConstantDescs.CD_long : ConstantDescs.CD_int;
        switch (a.op()) {
            case AND, OR, XOR -> {
                exprs.emit(a.right());
                code.with(bitwise(a.op(), tk));
            }
            case SHL, SHR -> {
                exprs.emit(a.right());
                IntKind amount = ((IrType.Int) a.right().type()).kind();
                if (a.overflow() == Overflow.CHECKED) {
                    CastEmitter.emit(code, a.right().type(), IrType.U64);
                    code.ldc(a.location()).invokestatic(RuntimeApi.ARITH, a.op().runtimeName() + kind.runtimeSuffix(),
                            MethodTypeDesc.of(t, t, ConstantDescs.CD_long, ConstantDescs.CD_String));
                    return;
                }
                if (amount.isLong()) {
                    code.l2i();
                }
                if (kind.bits() < 32) {
                    code.loadConstant(kind.bits() - 1).iand();
                }
                Opcode op = a.op() == ArithOp.SHL ? (tk == TypeKind.LONG ? Opcode.LSHL : Opcode.ISHL)
                        : kind.signed() ? (tk == TypeKind.LONG ? Opcode.LSHR : Opcode.ISHR)
                        : (tk == TypeKind.LONG ? Opcode.LUSHR : Opcode.IUSHR);
                code.with(OperatorInstruction.of(op));
                CastEmitter.normalize(code, kind);
            }
            case DIV, REM -> {
                exprs.emit(a.right());
                if (a.overflow() == Overflow.CHECKED) {
                    checkedCall(a, kind, t);
                    return;
                }
                Label nonZero = code.newLabel();
                if (tk == TypeKind.LONG) {
                    code.dup2().lconst_0().lcmp().ifne(nonZero);
                } else {
                    code.dup().ifne(nonZero);
                }
                code.ldc(a.op() == ArithOp.DIV ? RuntimeApi.DIVIDE_BY_ZERO : RuntimeApi.REMAINDER_BY_ZERO)
                        .ldc(a.location())
                        .invokestatic(RuntimeApi.PANIC, "panic", RuntimeApi.PANIC_PANIC)
                        .athrow()
                        .labelBinding(nonZero);
                boolean div = a.op() == ArithOp.DIV;
                if (kind.signed() || kind.bits() < 32) {
                    code.with(OperatorInstruction.of(tk == TypeKind.LONG
                            ? (div ? Opcode.LDIV : Opcode.LREM) : (div ? Opcode.IDIV : Opcode.IREM)));
                } else if (tk == TypeKind.LONG) {
                    code.invokestatic(JdkApi.LONG, div ? "divideUnsigned" : "remainderUnsigned", JdkApi.JJ_J);
                } else {
                    code.invokestatic(JdkApi.INTEGER, div ? "divideUnsigned" : "remainderUnsigned", JdkApi.II_I);
                }
                CastEmitter.normalize(code, kind);
            }
            case ADD, SUB, MUL -> {
                exprs.emit(a.right());
                if (a.overflow() == Overflow.CHECKED) {
                    checkedCall(a, kind, t);
                    return;
                }
                Opcode op = switch (a.op()) {
                    case ADD -> tk == TypeKind.LONG ? Opcode.LADD : Opcode.IADD;
                    case SUB -> tk == TypeKind.LONG ? Opcode.LSUB : Opcode.ISUB;
                    default -> tk == TypeKind.LONG ? Opcode.LMUL : Opcode.IMUL;
                };
                code.with(OperatorInstruction.of(op));
                CastEmitter.normalize(code, kind);
            }
        }
    }

    private void checkedCall(IrExpr.Arith a, IntKind kind, ClassDesc t) {
        code.ldc(a.location()).invokestatic(RuntimeApi.ARITH, a.op().runtimeName() + kind.runtimeSuffix(),
                MethodTypeDesc.of(t, t, t, ConstantDescs.CD_String));
    }

    private static OperatorInstruction bitwise(ArithOp op, TypeKind tk) {
        boolean wide = tk == TypeKind.LONG;
        Opcode opcode = switch (op) {
            case AND -> wide ? Opcode.LAND : Opcode.IAND;
            case OR -> wide ? Opcode.LOR : Opcode.IOR;
            case XOR -> wide ? Opcode.LXOR : Opcode.IXOR;
            default -> throw new IllegalStateException(op + " is not bitwise");
        };
        return OperatorInstruction.of(opcode);
    }

    private static Opcode floatOpcode(ArithOp op, TypeKind tk) {
        boolean d = tk == TypeKind.DOUBLE;
        return switch (op) {
            case ADD -> d ? Opcode.DADD : Opcode.FADD;
            case SUB -> d ? Opcode.DSUB : Opcode.FSUB;
            case MUL -> d ? Opcode.DMUL : Opcode.FMUL;
            case DIV -> d ? Opcode.DDIV : Opcode.FDIV;
            case REM -> d ? Opcode.DREM : Opcode.FREM;
            default -> throw new IllegalStateException(op + " on floats");
        };
    }

    void unary(IrExpr.Unary u) {
        exprs.emit(u.operand());
        switch (u.operand().type()) {
            case IrType.Int i -> {
                IntKind kind = i.kind();
                if (u.op() == UnOp.NOT) {
                    if (kind.isLong()) {
                        code.loadConstant(-1L).lxor();
                    } else {
                        code.iconst_m1().ixor();
                        CastEmitter.normalize(code, kind);
                    }
                } else if (u.overflow() == Overflow.CHECKED) {
                    ClassDesc t = kind.isLong() ? ConstantDescs.CD_long : ConstantDescs.CD_int;
                    code.ldc(u.location()).invokestatic(RuntimeApi.ARITH, "neg" + kind.runtimeSuffix(),
                            MethodTypeDesc.of(t, t, ConstantDescs.CD_String));
                } else if (kind.isLong()) {
                    code.lneg();
                } else {
                    code.ineg();
                    CastEmitter.normalize(code, kind);
                }
            }
            case IrType.Bool _ -> code.iconst_1().ixor();
            case IrType.Float32 _ -> code.fneg();
            case IrType.Float64 _ -> code.dneg();
            default -> throw new IllegalStateException(u.op() + " on " + u.operand().type());
        }
    }
}
