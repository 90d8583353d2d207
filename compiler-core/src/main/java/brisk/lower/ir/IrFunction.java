package brisk.lower.ir;

import java.util.List;

/**
 * One Rust function as a control-flow graph. The first {@code sig.params().size()} locals are the
 * parameters, in order and with the signature's types; block 0 is the entry. Every local is
 * assigned before it is read on every path (lower's job, as Rust's definite initialization).
 */
public record IrFunction(IrPath module, String name, IrSig sig, List<IrLocal> locals, List<IrBlock> blocks) {
    public IrFunction {
        locals = List.copyOf(locals);
        blocks = List.copyOf(blocks);
        if (locals.size() < sig.params().size()) {
            throw new IllegalArgumentException(name + ": fewer locals than parameters");
        }
        for (int i = 0; i < sig.params().size(); i++) {
            if (!locals.get(i).type().equals(sig.params().get(i))) {
                throw new IllegalArgumentException(name + ": parameter " + i + " local has type " + locals.get(i).type());
            }
        }
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException(name + ": no blocks");
        }
        for (IrBlock block : blocks) {
            if (block.unwind() >= blocks.size()) {
                throw new IllegalArgumentException(name + ": unwind to missing block " + block.unwind());
            }
            for (int target : targets(block.terminator())) {
                if (target < 0 || target >= blocks.size()) {
                    throw new IllegalArgumentException(name + ": jump to missing block " + target);
                }
            }
        }
    }

    private static List<Integer> targets(IrTerminator term) {
        return switch (term) {
            case IrTerminator.Goto g -> List.of(g.target());
            case IrTerminator.Branch b -> List.of(b.ifTrue(), b.ifFalse());
            case IrTerminator.Switch s -> {
                var all = new java.util.ArrayList<Integer>();
                s.cases().forEach(c -> all.add(c.target()));
                all.add(s.otherwise());
                yield all;
            }
            case IrTerminator.Return _, IrTerminator.Unreachable _, IrTerminator.Panic _, IrTerminator.Resume _ -> List.of();
        };
    }

    /** How callers refer to this function. */
    public FnRef ref() {
        return new FnRef(module, name, sig);
    }
}
