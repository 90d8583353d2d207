package brisk.codegen;

import brisk.lower.ir.CmpOp;
import brisk.lower.ir.IntKind;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrType;
import brisk.lower.ir.UnOp;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.Opcode;
import java.lang.classfile.instruction.OperatorInstruction;

/**
 * Conditional jumps on bool expressions: comparisons fuse into one compare-and-branch (with
 * unsigned and IEEE-NaN semantics), {@code !} flips the jump, constants become gotos.
 */
final class BranchEmitter {
    private final ExprEmitter exprs;
    private final CodeBuilder code;

    BranchEmitter(ExprEmitter exprs, CodeBuilder code) {
        this.exprs = exprs;
        this.code = code;
    }

    /** Jumps to {@code target} when the bool {@code cond} equals {@code when}; falls through otherwise. */
    void branchIf(IrExpr cond, boolean when, Label target) {
        switch (cond) {
            case IrExpr.BoolConst c -> {
                if (c.value() == when) {
                    code.goto_(target);
                }
            }
            case IrExpr.Unary u when u.op() == UnOp.NOT -> branchIf(u.operand(), !when, target);
            case IrExpr.Compare c -> compareAndBranch(c, when, target);
            default -> {
                exprs.emit(cond);
                if (when) {
                    code.ifne(target);
                } else {
                    code.ifeq(target);
                }
            }
        }
    }

    private void compareAndBranch(IrExpr.Compare c, boolean when, Label target) {
        exprs.emit(c.left());
        exprs.emit(c.right());
        CmpOp op = when ? c.op() : negate(c.op());
        switch (c.left().type()) {
            case IrType.Int i when i.kind().isLong() -> {
                if (i.kind().signed()) {
                    code.lcmp();
                } else {
                    code.invokestatic(JdkApi.LONG, "compareUnsigned", JdkApi.JJ_I);
                }
                code.branch(ifZero(op), target);
            }
            case IrType.Int i when i.kind() == IntKind.U32 -> {
                code.invokestatic(JdkApi.INTEGER, "compareUnsigned", JdkApi.II_I);
                code.branch(ifZero(op), target);
            }
            case IrType.Float32 _, IrType.Float64 _ -> {
                // NaN compares false: for < and <= the NaN result of cmpg (1) fails the test, for > and >=
                // that of cmpl (-1) does; choosing by the original operator keeps a negated jump taken on NaN.
                boolean useG = c.op() == CmpOp.LT || c.op() == CmpOp.LE;
                if (c.left().type() instanceof IrType.Float32) {
                    code.with(OperatorInstruction.of(useG ? Opcode.FCMPG : Opcode.FCMPL));
                } else {
                    code.with(OperatorInstruction.of(useG ? Opcode.DCMPG : Opcode.DCMPL));
                }
                code.branch(ifZero(op), target);
            }
            default -> code.branch(ifIcmp(op), target);
        }
    }

    private static CmpOp negate(CmpOp op) {
        return switch (op) {
            case EQ -> CmpOp.NE;
            case NE -> CmpOp.EQ;
            case LT -> CmpOp.GE;
            case LE -> CmpOp.GT;
            case GT -> CmpOp.LE;
            case GE -> CmpOp.LT;
        };
    }

    private static Opcode ifZero(CmpOp op) {
        return switch (op) {
            case EQ -> Opcode.IFEQ;
            case NE -> Opcode.IFNE;
            case LT -> Opcode.IFLT;
            case LE -> Opcode.IFLE;
            case GT -> Opcode.IFGT;
            case GE -> Opcode.IFGE;
        };
    }

    private static Opcode ifIcmp(CmpOp op) {
        return switch (op) {
            case EQ -> Opcode.IF_ICMPEQ;
            case NE -> Opcode.IF_ICMPNE;
            case LT -> Opcode.IF_ICMPLT;
            case LE -> Opcode.IF_ICMPLE;
            case GT -> Opcode.IF_ICMPGT;
            case GE -> Opcode.IF_ICMPGE;
        };
    }
}
