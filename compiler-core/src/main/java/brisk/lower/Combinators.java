package brisk.lower;

import brisk.lower.ir.CmpOp;
import brisk.lower.ir.FieldRef;
import brisk.lower.ir.IntKind;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrTerminator;
import brisk.lower.ir.IrType;
import brisk.lower.ir.Place;
import brisk.syntax.SyntaxNode;
import brisk.types.AdtDef;
import brisk.types.Ty;
import brisk.types.TypeQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Option and Result methods taking closures ({@code map}, {@code and_then}, {@code filter},
 * {@code unwrap_or_else}, {@code map_err}, {@code ok_or_else}, {@code is_some_and}, ...) as a branch on
 * the receiver's variant: the closure (an erased callable) runs only on the side std runs it, and
 * eager arguments ({@code ok_or}'s error, {@code map_or}'s default) are evaluated first, as in Rust.
 */
final class Combinators {
    private static final Set<String> OPTION = Set.of("map", "and_then", "filter", "unwrap_or_else", "ok_or_else",
            "ok_or", "is_some_and", "is_none_or", "map_or", "map_or_else", "or_else");
    private static final Set<String> RESULT = Set.of("map", "map_err", "and_then", "unwrap_or_else", "ok", "err",
            "is_ok_and", "is_err_and", "map_or", "or_else");

    private final FnLowering fn;

    Combinators(FnLowering fn) {
        this.fn = fn;
    }

    IrExpr methodCall(SyntaxNode e, String name, SyntaxNode receiver, List<SyntaxNode> args) {
        Ty recvTy = fn.typeOf(receiver);
        boolean option = fn.types.std().is(recvTy, "Option");
        boolean result = fn.types.std().is(recvTy, "Result");
        if (!(option && OPTION.contains(name) || result && RESULT.contains(name))) {
            return null;
        }
        Ty.Adt adt = (Ty.Adt) recvTy;
        var nodes = new ArrayList<SyntaxNode>();
        nodes.add(receiver);
        nodes.addAll(args);
        var values = fn.exprs.operands(nodes);
        IrExpr recv = fn.exprs.stable(values.getFirst());
        var rest = values.subList(1, values.size()).stream().map(fn.exprs::stable).toList();
        if (!(recv.type() instanceof IrType.Adt recvIr)) {
            throw new Unsupported("this `" + name + "`", e.textRange());
        }
        IrType out = fn.irTypeOf(e);
        AdtDef def = fn.ctx.get(TypeQueries.ADT_DEF, Names.ownerOf(fn.ctx, fn.instance.owner().crate(), adt.def()));
        String goodName = option ? "Some" : "Ok";
        String badName = option ? "None" : "Err";
        IrType goodTy = fn.types.lower(adt.args().getFirst(), e.textRange());
        IrType badTy = option ? IrType.UNIT : fn.types.lower(adt.args().get(1), e.textRange());
        var cfg = fn.cfg;
        int resultLocal = out.isVoid() ? -1 : cfg.newLocal("$comb", out);
        int good = cfg.newBlock();
        int bad = cfg.newBlock();
        int join = cfg.newBlock();
        cfg.terminate(new IrTerminator.Branch(new IrExpr.Compare(CmpOp.EQ, new IrExpr.Tag(recv),
                new IrExpr.IntConst(IntKind.I32, index(def, goodName))), good, bad));
        cfg.switchTo(good);
        IrExpr x = field(recv, recvIr, def, goodName, goodTy);
        IrExpr goodValue = switch (name) {
            case "map" -> wrap(out, goodName, Erased.call(rest.getFirst(), List.of(x), payloadOf(out, e, 0)));
            case "and_then", "is_some_and", "is_ok_and" -> Erased.call(rest.getFirst(), List.of(x), out);
            case "map_or" -> Erased.call(rest.get(1), List.of(x), out);
            case "map_or_else" -> Erased.call(rest.get(1), List.of(x), out);
            case "filter" -> {
                IrExpr keep = cfg.spill(Erased.call(rest.getFirst(), List.of(x), IrType.BOOL));
                int yes = cfg.newBlock();
                int no = cfg.newBlock();
                cfg.terminate(new IrTerminator.Branch(keep, yes, no));
                cfg.switchTo(no);
                store(resultLocal, new IrExpr.NewVariant(((IrType.Adt) out).path(), "None", List.of()));
                cfg.gotoBlock(join);
                cfg.switchTo(yes);
                yield recv;
            }
            case "unwrap_or_else" -> x;
            case "ok_or_else", "ok_or" -> wrap(out, "Ok", x);
            case "ok" -> wrap(out, "Some", x);
            case "err", "is_err_and" -> name.equals("err") ? new IrExpr.NewVariant(((IrType.Adt) out).path(), "None", List.of())
                    : new IrExpr.BoolConst(false);
            case "is_none_or" -> Erased.call(rest.getFirst(), List.of(x), out);
            case "or_else" -> recvAs(recv, recvIr, out, goodName, x, e);
            case "map_err" -> wrap(out, "Ok", x);
            default -> throw new Unsupported("this `" + name + "`", e.textRange());
        };
        store(resultLocal, goodValue);
        cfg.gotoBlock(join);
        cfg.switchTo(bad);
        IrExpr y = option ? new IrExpr.UnitConst() : field(recv, recvIr, def, badName, badTy);
        List<IrExpr> badArgs = option ? List.of() : List.of(y);
        IrExpr badValue = switch (name) {
            case "map", "and_then", "filter" -> option ? new IrExpr.NewVariant(((IrType.Adt) out).path(), "None", List.of())
                    : recvAs(recv, recvIr, out, "Err", y, e);
            case "is_some_and", "is_ok_and" -> new IrExpr.BoolConst(false);
            case "is_none_or" -> new IrExpr.BoolConst(true);
            case "map_or" -> rest.getFirst();
            case "map_or_else", "unwrap_or_else", "or_else" -> Erased.call(rest.getFirst(), badArgs, out);
            case "ok_or_else" -> wrap(out, "Err", Erased.call(rest.getFirst(), List.of(), payloadOf(out, e, 1)));
            case "ok_or" -> wrap(out, "Err", rest.getFirst());
            case "ok" -> new IrExpr.NewVariant(((IrType.Adt) out).path(), "None", List.of());
            case "err" -> wrap(out, "Some", y);
            case "is_err_and" -> Erased.call(rest.getFirst(), List.of(y), out);
            case "map_err" -> wrap(out, "Err", Erased.call(rest.getFirst(), List.of(y), payloadOf(out, e, 1)));
            default -> throw new Unsupported("this `" + name + "`", e.textRange());
        };
        store(resultLocal, badValue);
        cfg.gotoBlock(join);
        cfg.switchTo(join);
        return resultLocal < 0 ? new IrExpr.UnitConst() : new IrExpr.Read(cfg.local(resultLocal));
    }

    private void store(int local, IrExpr v) {
        if (fn.cfg.terminated()) {
            return;
        }
        if (local < 0) {
            fn.cfg.eval(v);
        } else {
            fn.cfg.assign(fn.cfg.local(local), v);
        }
    }

    /** The same variant re-built in the result type ({@code Err(e)} of {@code Result<T, E>} as {@code Result<U, E>}). */
    private IrExpr recvAs(IrExpr recv, IrType.Adt recvIr, IrType out, String variant, IrExpr payload, SyntaxNode e) {
        if (out.equals(recvIr)) {
            return recv;
        }
        return wrap(out, variant, payload);
    }

    private IrExpr wrap(IrType out, String variant, IrExpr payload) {
        if (!(out instanceof IrType.Adt a)) {
            throw new IllegalStateException("combinator result " + out);
        }
        return new IrExpr.NewVariant(a.path(), variant, payload.type().isVoid() ? List.of() : List.of(payload));
    }

    /** The IR type of generic argument {@code i} of the call's (Option/Result) result type. */
    private IrType payloadOf(IrType out, SyntaxNode e, int i) {
        if (!(fn.typeOf(e) instanceof Ty.Adt a) || a.args().size() <= i) {
            throw new Unsupported("this combinator's result", e.textRange());
        }
        return fn.types.lower(a.args().get(i), e.textRange());
    }

    private IrExpr field(IrExpr recv, IrType.Adt recvIr, AdtDef def, String variant, IrType t) {
        if (t.isVoid()) {
            return new IrExpr.UnitConst();
        }
        String fieldName = def.variants().get(index(def, variant)).fieldNames().getFirst();
        return fn.exprs.stable(new IrExpr.Read(new Place.Field(recv, FieldRef.ofVariant(recvIr.path(), variant, fieldName, t))));
    }

    private static int index(AdtDef def, String variant) {
        for (int i = 0; i < def.variants().size(); i++) {
            if (def.variants().get(i).name().equals(variant)) {
                return i;
            }
        }
        throw new IllegalStateException("no variant " + variant);
    }
}
