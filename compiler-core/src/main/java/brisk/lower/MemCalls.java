package brisk.lower;

import brisk.items.Nodes;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrType;
import brisk.lower.ir.Place;
import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import brisk.types.Ty;
import java.util.List;

/**
 * {@code std::mem::swap}, {@code replace} and {@code take} on a {@code &mut place} argument (a
 * local, field, tuple element, array element or Vec/slice element): the places are read and
 * written directly, in Rust's order (each place, with its bounds check, when its argument is
 * evaluated; the writes last). A {@code &mut} that is not a place expression (a reference held in
 * a variable) is unsupported: brisk has no reference to a scalar it could write through.
 */
final class MemCalls {
    private final FnLowering fn;

    MemCalls(FnLowering fn) {
        this.fn = fn;
    }

    /** A place an argument {@code &mut p} names: read and written through these two operations. */
    private interface Target {
        IrExpr read();

        void write(IrExpr value);
    }

    IrExpr call(SyntaxNode e, String name, List<SyntaxNode> args) {
        switch (name) {
            case "swap" -> {
                Target a = target(args.get(0), e);
                IrExpr va = fn.exprs.stable(a.read());
                Target b = target(args.get(1), e);
                IrExpr vb = fn.exprs.stable(b.read());
                a.write(vb);
                b.write(va);
                return new IrExpr.UnitConst();
            }
            case "replace" -> {
                Target dest = target(args.get(0), e);
                IrExpr old = fn.exprs.stable(dest.read());
                IrExpr src = fn.exprs.stable(fn.exprs.value(args.get(1)));
                dest.write(src);
                return old;
            }
            default -> {
                Target dest = target(args.getFirst(), e);
                IrExpr old = fn.exprs.stable(dest.read());
                Ty t = fn.typeOf(args.getFirst());
                dest.write(new Defaults(fn).of(t instanceof Ty.Ref r ? r.inner() : t, e.textRange()));
                return old;
            }
        }
    }

    private Target target(SyntaxNode arg, SyntaxNode call) {
        while (arg.kind() == SyntaxKind.PAREN_EXPR) {
            arg = arg.firstChild();
        }
        if (arg.kind() != SyntaxKind.REF_EXPR || !Nodes.hasToken(arg, SyntaxKind.MUT_KW) || arg.firstChild() == null) {
            throw new Unsupported("`std::mem` functions on this reference", arg.textRange());
        }
        SyntaxNode inner = arg.firstChild();
        if (fn.exprs.isCollectionIndex(inner)) {
            var t = fn.exprs.indexTarget(inner);
            return new Target() {
                @Override
                public IrExpr read() {
                    return Vecs.get(t.base(), t.index(), t.element(), t.location());
                }

                @Override
                public void write(IrExpr value) {
                    fn.cfg.eval(Vecs.set(t.base(), t.index(), value, t.location()));
                }
            };
        }
        Place place = fn.exprs.place(inner);
        Place fixed = switch (place) {
            case Place.Index i -> new Place.Index(fn.exprs.stable(i.array()), fn.exprs.stable(i.index()), i.location());
            case Place.Field f -> new Place.Field(fn.exprs.stable(f.base()), f.field());
            case Place.TupleField t -> new Place.TupleField(fn.exprs.stable(t.base()), t.index());
            default -> place;
        };
        return new Target() {
            @Override
            public IrExpr read() {
                return new IrExpr.Read(fixed);
            }

            @Override
            public void write(IrExpr value) {
                fn.cfg.assign(fixed, value);
            }
        };
    }
}
