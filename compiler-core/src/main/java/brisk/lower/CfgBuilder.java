package brisk.lower;

import brisk.lower.ir.IrBlock;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrLocal;
import brisk.lower.ir.IrStmt;
import brisk.lower.ir.IrTerminator;
import brisk.lower.ir.IrType;
import brisk.lower.ir.Place;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a function's control-flow graph: blocks are appended as code is lowered and one block is
 * current. After a terminator the builder continues in a fresh block no edge reaches, so code
 * after {@code return} or {@code break} (which Rust allows) lowers without special cases.
 */
final class CfgBuilder {
    private final List<IrLocal> locals = new ArrayList<>();
    private final List<List<IrStmt>> statements = new ArrayList<>();
    private final List<IrTerminator> terminators = new ArrayList<>();
    private int current;
    /** False after a terminator until lowering switches to a block some edge targets. */
    private boolean reachable = true;

    CfgBuilder() {
        current = newBlock();
    }

    int newLocal(String name, IrType type) {
        locals.add(new IrLocal(name, type));
        return locals.size() - 1;
    }

    Place.Local local(int index) {
        return new Place.Local(index, locals.get(index).type());
    }

    /** A fresh temporary holding {@code value} (evaluated now); void values are just evaluated. */
    IrExpr spill(IrExpr value) {
        if (value.type().isVoid()) {
            eval(value);
            return value.type() instanceof IrType.Never ? value : new IrExpr.UnitConst();
        }
        int t = newLocal("$t", value.type());
        assign(local(t), value);
        return new IrExpr.Read(local(t));
    }

    int newBlock() {
        statements.add(new ArrayList<>());
        terminators.add(null);
        return statements.size() - 1;
    }

    void switchTo(int block) {
        current = block;
        reachable = true;
    }

    int current() {
        return current;
    }

    /** Whether the code being lowered now is unreachable (after a return, break, panic...). */
    boolean terminated() {
        return !reachable;
    }

    void assign(Place place, IrExpr value) {
        if (!reachable) {
            return;
        }
        statements.get(current).add(new IrStmt.Assign(place, value));
        if (value.type() instanceof IrType.Never) {
            terminate(new IrTerminator.Unreachable());
        }
    }

    void eval(IrExpr value) {
        if (!reachable || value instanceof IrExpr.UnitConst || value instanceof IrExpr.Read) {
            return;
        }
        statements.get(current).add(new IrStmt.Eval(value));
        if (value.type() instanceof IrType.Never) {
            terminate(new IrTerminator.Unreachable());
        }
    }

    /** Ends the current block; lowering continues in a new unreachable block. */
    void terminate(IrTerminator terminator) {
        if (terminators.get(current) == null) {
            terminators.set(current, terminator);
        }
        current = newBlock();
        reachable = false;
    }

    void gotoBlock(int target) {
        terminate(new IrTerminator.Goto(target));
    }

    List<IrLocal> locals() {
        return locals;
    }

    List<IrBlock> blocks() {
        var out = new ArrayList<IrBlock>();
        for (int i = 0; i < statements.size(); i++) {
            var t = terminators.get(i);
            out.add(new IrBlock(statements.get(i), t == null ? new IrTerminator.Unreachable() : t));
        }
        return out;
    }
}
