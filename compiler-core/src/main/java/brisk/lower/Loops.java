package brisk.lower;

import brisk.items.Nodes;
import brisk.lower.ir.ArithOp;
import brisk.lower.ir.CmpOp;
import brisk.lower.ir.IntKind;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrTerminator;
import brisk.lower.ir.IrType;
import brisk.lower.ir.Overflow;
import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import brisk.types.Ty;

/**
 * {@code for} loops over integer ranges, with {@code Range}/{@code RangeInclusive}'s exact
 * iteration: {@code a..b} yields while {@code i < b}; {@code a..=b} yields {@code b} last and never
 * steps past it (so {@code 0..=u8::MAX} cannot overflow). Other iterables are not supported yet.
 */
final class Loops {
    private final FnLowering fn;

    Loops(FnLowering fn) {
        this.fn = fn;
    }

    IrExpr forExpr(SyntaxNode e) {
        var label = FnLowering.kid(e, SyntaxKind.LABEL);
        var kids = e.children().stream().filter(k -> k.kind() != SyntaxKind.LABEL).toList();
        SyntaxNode pat = kids.get(0);
        SyntaxNode iterable = kids.get(1);
        SyntaxNode body = kids.get(2);
        while (iterable.kind() == SyntaxKind.PAREN_EXPR) {
            iterable = iterable.firstChild();
        }
        if (iterable.kind() != SyntaxKind.RANGE_EXPR) {
            var iterCalls = new IterCalls(fn);
            if (Erased.isIterator(fn.types, IterCalls.deref(fn.typeOf(iterable)))
                    || iterCalls.userIterator(fn.typeOf(iterable)) != null) {
                return new IterCalls(fn).forLoop(label, pat, iterable, body);
            }
            return overCollection(e, label, pat, iterable, body);
        }
        if (iterable.children().size() != 2) {
            throw new Unsupported("`for` loops over open ranges", iterable.textRange());
        }
        boolean inclusive = Nodes.hasToken(iterable, SyntaxKind.DOT2EQ);
        var bounds = fn.exprs.operands(iterable.children());
        var cfg = fn.cfg;
        if (!(bounds.get(0).type() instanceof IrType.Int it)) {
            throw new Unsupported("`for` loops over non-integer ranges", iterable.textRange());
        }
        int i = cfg.newLocal("$i", it);
        int end = cfg.newLocal("$end", it);
        cfg.assign(cfg.local(i), bounds.get(0));
        cfg.assign(cfg.local(end), bounds.get(1));
        int head = cfg.newBlock();
        int bodyBlock = cfg.newBlock();
        int step = cfg.newBlock();
        int exit = cfg.newBlock();
        IrExpr iv = new IrExpr.Read(cfg.local(i));
        IrExpr ev = new IrExpr.Read(cfg.local(end));
        if (inclusive) {
            // RangeInclusive: empty when start > end; otherwise the last item is `end` itself.
            int first = cfg.newBlock();
            cfg.terminate(new IrTerminator.Branch(new IrExpr.Compare(CmpOp.LE, iv, ev), first, exit));
            cfg.switchTo(first);
            cfg.gotoBlock(bodyBlock);
            cfg.switchTo(head);
            cfg.terminate(new IrTerminator.Branch(new IrExpr.Compare(CmpOp.LT, iv, ev), step, exit));
            cfg.switchTo(step);
            cfg.assign(cfg.local(i), new IrExpr.Arith(ArithOp.ADD, it, iv, one(it.kind()), Overflow.WRAPPING, null));
            cfg.gotoBlock(bodyBlock);
        } else {
            cfg.gotoBlock(head);
            cfg.switchTo(head);
            cfg.terminate(new IrTerminator.Branch(new IrExpr.Compare(CmpOp.LT, iv, ev), step, exit));
            cfg.switchTo(step);
            int item = cfg.newLocal("$item", it);
            cfg.assign(cfg.local(item), iv);
            cfg.assign(cfg.local(i), new IrExpr.Arith(ArithOp.ADD, it, iv, one(it.kind()), Overflow.WRAPPING, null));
            new Patterns(fn).bindIrrefutable(pat, new IrExpr.Read(cfg.local(item)));
            fn.loops.push(new FnLowering.Loop(label == null ? null : ExprLowering.labelName(label), exit, head, -1));
            fn.exprs.effect(body);
            fn.loops.pop();
            cfg.gotoBlock(head);
            cfg.switchTo(exit);
            return new IrExpr.UnitConst();
        }
        cfg.switchTo(bodyBlock);
        new Patterns(fn).bindIrrefutable(pat, iv);
        fn.loops.push(new FnLowering.Loop(label == null ? null : ExprLowering.labelName(label), exit, head, -1));
        fn.exprs.effect(body);
        fn.loops.pop();
        cfg.gotoBlock(head);
        cfg.switchTo(exit);
        return new IrExpr.UnitConst();
    }

    /** {@code for x in v} over a Vec, slice or array (or a reference to one): by index, in order. */
    private IrExpr overCollection(SyntaxNode e, SyntaxNode label, SyntaxNode pat, SyntaxNode iterable, SyntaxNode body) {
        Ty elemTy = fn.types.elementType(fn.typeOf(iterable));
        Ty t = fn.typeOf(iterable);
        boolean collection = t instanceof Ty.Ref || t instanceof Ty.Array || fn.types.std().is(t, "Vec");
        if (elemTy == null || !collection) {
            throw new Unsupported("`for` loops over this iterator", iterable.textRange());
        }
        var cfg = fn.cfg;
        IrType element = fn.types.lower(elemTy, iterable.textRange());
        IrExpr coll = fn.exprs.stable(fn.exprs.raw(iterable));
        int i = cfg.newLocal("$i", IrType.USIZE);
        cfg.assign(cfg.local(i), new IrExpr.IntConst(IntKind.USIZE, 0));
        int head = cfg.newBlock();
        int bodyBlock = cfg.newBlock();
        int exit = cfg.newBlock();
        cfg.gotoBlock(head);
        cfg.switchTo(head);
        IrExpr iv = new IrExpr.Read(cfg.local(i));
        IrExpr len = coll.type() instanceof IrType.Array ? new IrExpr.ArrayLength(coll) : Vecs.len(coll);
        cfg.terminate(new IrTerminator.Branch(new IrExpr.Compare(CmpOp.LT, iv, len), bodyBlock, exit));
        cfg.switchTo(bodyBlock);
        IrExpr item = coll.type() instanceof IrType.Array
                ? new IrExpr.Read(new brisk.lower.ir.Place.Index(coll, iv, "<unreachable>"))
                : Vecs.get(coll, iv, element, "<unreachable>");
        IrExpr itemValue = fn.exprs.stable(item);
        cfg.assign(cfg.local(i), new IrExpr.Arith(ArithOp.ADD, IrType.USIZE, iv, one(IntKind.USIZE), Overflow.WRAPPING,
                null));
        new Patterns(fn).bindIrrefutable(pat, itemValue);
        fn.loops.push(new FnLowering.Loop(label == null ? null : ExprLowering.labelName(label), exit, head, -1));
        fn.exprs.effect(body);
        fn.loops.pop();
        cfg.gotoBlock(head);
        cfg.switchTo(exit);
        return new IrExpr.UnitConst();
    }

    private static IrExpr one(IntKind kind) {
        return new IrExpr.IntConst(kind, 1);
    }
}
