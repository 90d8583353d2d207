package brisk.lower;

import brisk.items.Nodes;
import brisk.lower.ir.ArithOp;
import brisk.lower.ir.CmpOp;
import brisk.lower.ir.IntKind;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrSig;
import brisk.lower.ir.IrTerminator;
import brisk.lower.ir.IrType;
import brisk.lower.ir.Overflow;
import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import brisk.types.Ty;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code s.get(a..b)} on a str and {@code v.get(a..b)} on a Vec or slice with a range written in
 * the call (every range form): {@code None} when the range is reversed, past the end or (for str)
 * off a char boundary, else {@code Some} of the sub-slice, without panicking.
 */
final class RangeGet {
    private final FnLowering fn;

    RangeGet(FnLowering fn) {
        this.fn = fn;
    }

    static boolean isRangeArg(List<SyntaxNode> args) {
        return args.size() == 1 && args.getFirst().kind() == SyntaxKind.RANGE_EXPR;
    }

    /** The Option typed {@code Option<&payload>} of {@code recv.get(range)}; {@code recv} is RStr, RVec or RSlice. */
    IrExpr get(SyntaxNode e, SyntaxNode receiver, SyntaxNode range, Ty payload) {
        var bounds = range.children();
        boolean inclusive = Nodes.hasToken(range, SyntaxKind.DOT2EQ);
        boolean hasStart = !bounds.isEmpty() && bounds.getFirst().textRange().end() <= ExprLowering.dotsStart(range);
        boolean hasEnd = bounds.size() == 2 || (bounds.size() == 1 && !hasStart);
        var nodes = new ArrayList<SyntaxNode>();
        nodes.add(receiver);
        nodes.addAll(bounds);
        var values = fn.exprs.operands(nodes);
        IrExpr recv = fn.exprs.stable(values.getFirst());
        if (recv.type().equals(TypeLowering.RSTRING)) {
            recv = fn.exprs.stable(StrCalls.asStr(recv));
        } else if (recv.type().equals(Vecs.RVEC)) {
            recv = fn.exprs.stable(Vecs.asSlice(recv));
        }
        boolean str = recv.type().equals(TypeLowering.RSTR);
        if (!str && !recv.type().equals(Vecs.RSLICE)) {
            throw new Unsupported("`get` with a range on this receiver", e.textRange());
        }
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i) instanceof IrExpr.IntConst c && c.value() >= 0) {
                // A literal bound is a usize in Rust; brisk's inference may leave it at the i32 fallback.
                values.set(i, new IrExpr.IntConst(IntKind.USIZE, c.value()));
            }
            if (!values.get(i).type().equals(IrType.USIZE)) {
                throw new Unsupported("`get` with non-usize bounds", e.textRange());
            }
        }
        IrExpr len = fn.exprs.stable(str
                ? new IrExpr.VirtualCall(StdCalls.RSTR, "len", IrSig.of(IrType.USIZE), false, recv, List.of())
                : Vecs.len(recv));
        IrExpr zero = new IrExpr.IntConst(IntKind.USIZE, 0);
        IrExpr start = hasStart ? values.get(1) : zero;
        IrExpr endValue = hasEnd ? values.get(hasStart ? 2 : 1) : len;
        var cfg = fn.cfg;
        // An inclusive end of usize::MAX is None; otherwise the exclusive end is end + 1.
        IrExpr valid = new IrExpr.BoolConst(true);
        IrExpr end = endValue;
        if (inclusive) {
            valid = new IrExpr.Compare(CmpOp.NE, endValue, new IrExpr.IntConst(IntKind.USIZE, -1));
            end = new IrExpr.Arith(ArithOp.ADD, IrType.USIZE, endValue, new IrExpr.IntConst(IntKind.USIZE, 1),
                    Overflow.WRAPPING, null);
        }
        IrExpr endStable = fn.exprs.stable(end);
        int ok = cfg.newLocal("$inRange", IrType.BOOL);
        cfg.assign(cfg.local(ok), new IrExpr.BoolConst(false));
        int check = cfg.newBlock();
        int join = cfg.newBlock();
        cfg.terminate(new IrTerminator.Branch(valid, check, join));
        cfg.switchTo(check);
        int check2 = cfg.newBlock();
        cfg.terminate(new IrTerminator.Branch(new IrExpr.Compare(CmpOp.LE, start, endStable), check2, join));
        cfg.switchTo(check2);
        cfg.assign(cfg.local(ok), new IrExpr.Compare(CmpOp.LE, endStable, len));
        cfg.gotoBlock(join);
        cfg.switchTo(join);
        IrExpr s = recv;
        var noLoc = new IrExpr.StringConst("<unreachable>");
        if (str) {
            // In range: the runtime's get also answers null off a char boundary.
            IrExpr piece = fn.exprs.stable(new IrExpr.StaticCall(StdValues.NULLS, "pieceOrNull",
                    IrSig.of(TypeLowering.RSTR, TypeLowering.RSTR, IrType.BOOL, IrType.USIZE, IrType.USIZE),
                    List.of(s, new IrExpr.Read(cfg.local(ok)), start, endStable)));
            return new StdValues(fn).option(e, payload, StdValues.nonNull(piece), () -> piece);
        }
        return new StdValues(fn).option(e, payload, new IrExpr.Read(cfg.local(ok)),
                () -> new IrExpr.VirtualCall(Vecs.RSLICE_CLASS, "slice", IrSig.of(Vecs.RSLICE, IrType.USIZE, IrType.USIZE,
                        IrType.JAVA_STRING), false, s, List.of(start, endStable, noLoc)));
    }
}
