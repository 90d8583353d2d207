package brisk.codegen;

import brisk.lower.ir.ArithOp;
import brisk.lower.ir.CmpOp;
import brisk.lower.ir.IntKind;
import brisk.lower.ir.IrBlock;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrFunction;
import brisk.lower.ir.IrLocal;
import brisk.lower.ir.IrPath;
import brisk.lower.ir.IrSig;
import brisk.lower.ir.IrStmt;
import brisk.lower.ir.IrTerminator;
import brisk.lower.ir.IrType;
import brisk.lower.ir.Overflow;
import brisk.lower.ir.Place;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Terse construction of hand-built IR for codegen tests. */
final class Ir {
    static final String LOC = "src/main.rs:1:1";

    private Ir() {}

    static IrExpr i32(int v) {
        return new IrExpr.IntConst(IntKind.I32, v);
    }

    static IrExpr i64(long v) {
        return new IrExpr.IntConst(IntKind.I64, v);
    }

    static IrExpr usize(long v) {
        return new IrExpr.IntConst(IntKind.USIZE, v);
    }

    static IrExpr read(Place p) {
        return new IrExpr.Read(p);
    }

    static IrExpr wrapping(ArithOp op, IrExpr a, IrExpr b) {
        return new IrExpr.Arith(op, a.type(), a, b, Overflow.WRAPPING, LOC);
    }

    static IrExpr checked(ArithOp op, IrExpr a, IrExpr b) {
        return new IrExpr.Arith(op, a.type(), a, b, Overflow.CHECKED, LOC);
    }

    static IrExpr cmp(CmpOp op, IrExpr a, IrExpr b) {
        return new IrExpr.Compare(op, a, b);
    }

    static IrStmt assign(Place p, IrExpr v) {
        return new IrStmt.Assign(p, v);
    }

    static IrStmt eval(IrExpr v) {
        return new IrStmt.Eval(v);
    }

    static IrTerminator ret(IrExpr v) {
        return new IrTerminator.Return(v);
    }

    static IrTerminator retUnit() {
        return new IrTerminator.Return(new IrExpr.UnitConst());
    }

    static IrTerminator jump(int target) {
        return new IrTerminator.Goto(target);
    }

    static IrTerminator branch(IrExpr cond, int ifTrue, int ifFalse) {
        return new IrTerminator.Branch(cond, ifTrue, ifFalse);
    }

    static IrBlock block(IrTerminator term, IrStmt... stmts) {
        return new IrBlock(Arrays.asList(stmts), term);
    }

    /** Builds a function: declare params and locals, get places for them, then add blocks. */
    static final class Fn {
        final IrPath module;
        final String name;
        final IrType result;
        final List<IrType> params = new ArrayList<>();
        final List<IrLocal> locals = new ArrayList<>();
        final List<IrBlock> blocks = new ArrayList<>();

        Fn(IrPath module, String name, IrType result) {
            this.module = module;
            this.name = name;
            this.result = result;
        }

        Place.Local param(IrType type) {
            if (params.size() != locals.size()) {
                throw new IllegalStateException("params first");
            }
            params.add(type);
            return local(type);
        }

        Place.Local local(IrType type) {
            locals.add(new IrLocal("l" + locals.size(), type));
            return new Place.Local(locals.size() - 1, type);
        }

        Fn add(IrBlock block) {
            blocks.add(block);
            return this;
        }

        IrFunction build() {
            return new IrFunction(module, name, new IrSig(params, result), locals, blocks);
        }
    }
}
