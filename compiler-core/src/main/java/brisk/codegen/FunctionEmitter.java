package brisk.codegen;

import brisk.lower.ir.IrBlock;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrFunction;
import brisk.lower.ir.IrLocal;
import brisk.lower.ir.IrStmt;
import brisk.lower.ir.IrTerminator;
import brisk.lower.ir.IrType;
import brisk.lower.ir.Place;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Emits one {@link IrFunction} as the body of a static method. Blocks are laid out in IR order,
 * each at its own label; a jump to the next block is a fall-through. Statements and terminators
 * go here, expression trees to {@link ExprEmitter}. A block with an unwind edge is covered by a
 * handler for {@code brisk.runtime.Panic} whose landing pad (after all blocks) stores the panic
 * and enters the cleanup block. Stack maps are computed by the classfile API.
 */
final class FunctionEmitter {
    private final IrFunction fn;
    private final CodeBuilder code;
    private final ExprEmitter exprs;
    private final Label[] blockLabels;
    /** The local holding the panic being unwound in cleanup blocks; -1 if the function has none. */
    private final int panicSlot;

    private FunctionEmitter(IrFunction fn, CodeBuilder code) {
        this.fn = fn;
        this.code = code;
        this.exprs = new ExprEmitter(code, fn.locals(), allocateSlots(fn, code));
        this.blockLabels = new Label[fn.blocks().size()];
        for (int i = 0; i < blockLabels.length; i++) {
            blockLabels[i] = code.newLabel();
        }
        boolean unwinds = fn.blocks().stream().anyMatch(b -> b.unwind() != IrBlock.NO_UNWIND);
        this.panicSlot = unwinds ? code.allocateLocal(TypeKind.REFERENCE) : -1;
    }

    static void emit(IrFunction fn, CodeBuilder code) {
        new FunctionEmitter(fn, code).emitBlocks();
    }

    /** JVM slot per IR local; -1 for unit-typed locals, which hold nothing. */
    private static int[] allocateSlots(IrFunction fn, CodeBuilder code) {
        List<IrLocal> locals = fn.locals();
        int[] slots = new int[locals.size()];
        int params = fn.sig().params().size();
        int jvmParam = 0;
        for (int i = 0; i < locals.size(); i++) {
            IrType type = locals.get(i).type();
            if (type.isVoid()) {
                slots[i] = -1;
            } else if (i < params) {
                slots[i] = code.parameterSlot(jvmParam++);
            } else {
                slots[i] = code.allocateLocal(JvmNames.kind(type));
            }
        }
        return slots;
    }

    private void emitBlocks() {
        List<IrBlock> blocks = fn.blocks();
        Map<Integer, Label> landingPads = new TreeMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            code.labelBinding(blockLabels[i]);
            IrBlock block = blocks.get(i);
            for (IrStmt stmt : block.statements()) {
                statement(stmt);
            }
            terminator(block.terminator(), i + 1);
            if (block.unwind() != IrBlock.NO_UNWIND) {
                Label end = code.newBoundLabel();
                Label pad = landingPads.computeIfAbsent(block.unwind(), _ -> code.newLabel());
                code.exceptionCatch(blockLabels[i], end, pad, RuntimeApi.PANIC);
            }
        }
        // A landing pad saves the caught panic for Resume and enters the cleanup block.
        for (var pad : landingPads.entrySet()) {
            code.labelBinding(pad.getValue())
                    .astore(panicSlot)
                    .goto_(blockLabels[pad.getKey()]);
        }
    }

    private void statement(IrStmt stmt) {
        switch (stmt) {
            case IrStmt.Assign(Place place, IrExpr value) -> exprs.store(place, value);
            case IrStmt.Eval(IrExpr value) -> {
                exprs.emit(value);
                switch (JvmNames.kind(value.type()).slotSize()) {
                    case 1 -> code.pop();
                    case 2 -> code.pop2();
                    default -> { }
                }
            }
        }
    }

    private void terminator(IrTerminator term, int next) {
        switch (term) {
            case IrTerminator.Goto(int target) -> jump(target, next);
            case IrTerminator.Branch(IrExpr cond, int ifTrue, int ifFalse) -> {
                if (ifFalse == next) {
                    exprs.branchIf(cond, true, blockLabels[ifTrue]);
                } else {
                    exprs.branchIf(cond, false, blockLabels[ifFalse]);
                    jump(ifTrue, next);
                }
            }
            case IrTerminator.Switch sw -> switchOn(sw);
            case IrTerminator.Return(IrExpr value) -> {
                if (!value.type().equals(fn.sig().result())) {
                    throw new IllegalStateException(fn.name() + ": returns " + value.type() + " from fn returning "
                            + fn.sig().result());
                }
                exprs.emit(value);
                code.return_(JvmNames.kind(value.type()));
            }
            case IrTerminator.Unreachable() -> {
                ClassDesc error = ClassDesc.of("java.lang.AssertionError");
                code.new_(error)
                        .dup()
                        .ldc("brisk: reached a block the compiler proved unreachable in " + fn.name())
                        .invokespecial(error, ConstantDescs.INIT_NAME,
                                MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_Object))
                        .athrow();
            }
            case IrTerminator.Resume() -> {
                if (panicSlot < 0) {
                    throw new IllegalStateException(fn.name() + ": resume without any unwind edge");
                }
                code.aload(panicSlot).athrow();
            }
            case IrTerminator.Panic(IrExpr message, String location) -> {
                exprs.emit(message);
                code.ldc(location)
                        .invokestatic(RuntimeApi.PANIC, "panic", RuntimeApi.PANIC_PANIC)
                        .athrow();
            }
        }
    }

    private void jump(int target, int next) {
        if (target != next) {
            code.goto_(blockLabels[target]);
        }
    }

    private void switchOn(IrTerminator.Switch sw) {
        Label otherwise = blockLabels[sw.otherwise()];
        exprs.emit(sw.value());
        if (JvmNames.kind(sw.value().type()) == TypeKind.LONG) {
            int scrutinee = exprs.scratchLong();
            code.lstore(scrutinee);
            for (IrTerminator.SwitchCase c : sw.cases()) {
                code.lload(scrutinee).loadConstant(c.value()).lcmp().ifeq(blockLabels[c.target()]);
            }
            code.goto_(otherwise);
            return;
        }
        var cases = new ArrayList<SwitchCase>();
        long low = Long.MAX_VALUE;
        long high = Long.MIN_VALUE;
        for (IrTerminator.SwitchCase c : sw.cases()) {
            if (c.value() != (int) c.value()) {
                throw new IllegalStateException(fn.name() + ": switch case " + c.value() + " does not fit an int");
            }
            cases.add(SwitchCase.of((int) c.value(), blockLabels[c.target()]));
            low = Math.min(low, c.value());
            high = Math.max(high, c.value());
        }
        if (cases.isEmpty()) {
            code.pop().goto_(otherwise);
        } else if (high - low + 1 <= 2L * cases.size() + 4) {
            code.tableswitch((int) low, (int) high, otherwise, cases);
        } else {
            code.lookupswitch(otherwise, cases);
        }
    }
}
