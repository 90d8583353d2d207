package brisk.lower;

import brisk.lower.ir.CmpOp;
import brisk.lower.ir.IntKind;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrTerminator;
import brisk.lower.ir.IrType;
import brisk.syntax.SyntaxNode;
import brisk.types.Ty;
import java.util.ArrayList;
import java.util.List;

/**
 * Methods of {@code std::cmp::Ordering} that take no closure: {@code then}, {@code reverse} and
 * the {@code is_lt}-family, on the variant tag of the compiled std enum.
 */
final class OrderingCalls {
    private final FnLowering fn;

    OrderingCalls(FnLowering fn) {
        this.fn = fn;
    }

    static boolean isOrdering(FnLowering fn, Ty t) {
        return t instanceof Ty.Adt a && fn.types.isStdNamed(a, "Ordering");
    }

    IrExpr method(SyntaxNode e, String name, Ty.Adt ordering, SyntaxNode receiver, List<SyntaxNode> args) {
        CmpOp test = switch (name) {
            case "is_eq", "is_ne" -> name.equals("is_eq") ? CmpOp.EQ : CmpOp.NE;
            case "is_lt" -> CmpOp.LT;
            case "is_gt" -> CmpOp.GT;
            case "is_le" -> CmpOp.LE;
            case "is_ge" -> CmpOp.GE;
            default -> null;
        };
        if (test == null && !name.equals("then") && !name.equals("reverse")) {
            return null;
        }
        var owner = Names.ownerOf(fn.ctx, fn.instance.owner().crate(), ordering.def());
        var def = fn.ctx.get(brisk.types.TypeQueries.ADT_DEF, owner);
        var variants = new ArrayList<String>();
        for (var v : def.variants()) {
            variants.add(v.name());
        }
        var nodes = new ArrayList<SyntaxNode>();
        nodes.add(receiver);
        nodes.addAll(args);
        var values = fn.exprs.operands(nodes);
        IrExpr self = fn.exprs.stable(values.getFirst());
        if (!(self.type() instanceof IrType.Adt adt)) {
            throw new Unsupported("this `Ordering`", e.textRange());
        }
        // The order as -1/0/1, so the is_* tests compare it with zero like Rust's discriminants.
        IrExpr sign = fn.exprs.stable(signOf(self, variants));
        IrExpr zero = new IrExpr.IntConst(IntKind.I32, 0);
        if (test != null) {
            return fn.exprs.stable(new IrExpr.Compare(test, sign, zero));
        }
        var cfg = fn.cfg;
        int result = cfg.newLocal("$ord", self.type());
        int keep = cfg.newBlock();
        int other = cfg.newBlock();
        int join = cfg.newBlock();
        if (name.equals("then")) {
            cfg.terminate(new IrTerminator.Branch(new IrExpr.Compare(CmpOp.EQ, sign, zero), other, keep));
            cfg.switchTo(other);
            cfg.assign(cfg.local(result), values.get(1));
        } else {
            // reverse: Less <-> Greater; Equal stays.
            int greater = cfg.newBlock();
            cfg.terminate(new IrTerminator.Branch(new IrExpr.Compare(CmpOp.EQ, sign, zero), keep, other));
            cfg.switchTo(other);
            int less = cfg.newBlock();
            cfg.terminate(new IrTerminator.Branch(new IrExpr.Compare(CmpOp.LT, sign, zero), greater, less));
            cfg.switchTo(greater);
            cfg.assign(cfg.local(result), new IrExpr.NewVariant(adt.path(), "Greater", List.of()));
            cfg.gotoBlock(join);
            cfg.switchTo(less);
            cfg.assign(cfg.local(result), new IrExpr.NewVariant(adt.path(), "Less", List.of()));
        }
        cfg.gotoBlock(join);
        cfg.switchTo(keep);
        cfg.assign(cfg.local(result), self);
        cfg.gotoBlock(join);
        cfg.switchTo(join);
        return new IrExpr.Read(cfg.local(result));
    }

    /** -1, 0 or 1 for Less, Equal, Greater (the enum's variant index mapped by name). */
    private static IrExpr signOf(IrExpr self, List<String> variants) {
        int less = variants.indexOf("Less");
        int equal = variants.indexOf("Equal");
        IrExpr tag = new IrExpr.Tag(self);
        // sign = (tag == less) ? -1 : (tag == equal ? 0 : 1), computed arithmetically from two comparisons.
        IrExpr isLess = new IrExpr.Cast(new IrExpr.Compare(CmpOp.EQ, tag, new IrExpr.IntConst(IntKind.I32, less)), IrType.I32);
        IrExpr isGreater = new IrExpr.Cast(new IrExpr.Compare(CmpOp.NE, tag, new IrExpr.IntConst(IntKind.I32, equal)), IrType.I32);
        // greater-or-less (1 unless Equal) minus twice less: Less -> 1 - 2 = -1, Equal -> 0, Greater -> 1.
        return new IrExpr.Arith(brisk.lower.ir.ArithOp.SUB, IrType.I32, isGreater,
                new IrExpr.Arith(brisk.lower.ir.ArithOp.MUL, IrType.I32, isLess, new IrExpr.IntConst(IntKind.I32, 2),
                        brisk.lower.ir.Overflow.WRAPPING, null), brisk.lower.ir.Overflow.WRAPPING, null);
    }
}
