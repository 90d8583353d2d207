package brisk.lower;

import brisk.base.TextRange;
import brisk.lower.ir.CmpOp;
import brisk.lower.ir.IntKind;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrSig;
import brisk.lower.ir.IrTerminator;
import brisk.lower.ir.IrType;
import brisk.syntax.SyntaxNode;
import brisk.types.Ty;
import java.util.List;

/**
 * Formatting through the program's own impls: {@code impl fmt::Display}/{@code fmt::Debug} called
 * with a runtime {@code Formatter} carrying the placeholder's options (so {@code f.pad} honours
 * {@code {:>8}} while a plain {@code write!} ignores it, as in Rust), {@code write!}/{@code writeln!}
 * into a Formatter or a String, and the Formatter's methods ({@code write_str}, {@code pad},
 * {@code width}, {@code precision}, {@code alternate}, ...). Writing into memory never fails, so
 * these return {@code Ok(())}.
 */
final class UserFormatting {
    private static final String FORMATTER = "brisk/runtime/Formatter";

    private final FnLowering fn;

    UserFormatting(FnLowering fn) {
        this.fn = fn;
    }

    /** The user's {@code fmt} for {@code type} of std trait {@code trait} ("Display" or "Debug"), or null. */
    FnInstance implFor(Ty type, String trait) {
        while (type instanceof Ty.Ref r) {
            type = r.inner();
        }
        if (!(type instanceof Ty.Adt adt) || !fn.types.isUserAdt(adt) || !Calls.isConcrete(type)) {
            return null;
        }
        var loc = fn.types.std().get(trait);
        var m = loc == null ? null : TraitImpls.find(fn.ctx, fn.instance.owner().crate(), loc, adt, List.of());
        var method = m == null ? null : m.impl().methods().get("fmt");
        if (method == null || method.crate().equals(fn.types.std().std())) {
            return null;
        }
        return new FnInstance(method, m.args());
    }

    /** Runs {@code impl.fmt(value, f)} for its effect on {@code f}'s sink. */
    void callFmt(FnInstance impl, IrExpr value, IrExpr formatter, TextRange at) {
        fn.callees.add(impl);
        var ref = fn.exprs.fnRef(impl, at);
        fn.cfg.eval(new IrExpr.Call(ref, List.of(fn.exprs.coerce(value, ref.sig().params().get(0), at), formatter)));
    }

    /** {@code write!(dest, ...)} / {@code writeln!}: into a Formatter's sink or a String. */
    IrExpr write(SyntaxNode call, List<SyntaxNode> args, boolean newline) {
        if (args.isEmpty()) {
            throw new Unsupported("this `write!`", call.textRange());
        }
        IrExpr dest = fn.exprs.stable(fn.exprs.raw(args.getFirst()));
        var fmt = new Formatting(fn);
        if (dest.type().equals(TypeLowering.RSTRING)) {
            if (args.size() > 1) {
                fmt.append(dest, call, args, 1);
            }
            if (newline) {
                fmt.pushLiteral(dest, "\n");
            }
        } else if (dest.type().equals(Formatting.FORMATTER)) {
            IrExpr text = args.size() > 1 ? fmt.format(call, args, 1) : fmt.newString();
            if (newline) {
                fmt.pushLiteral(text, "\n");
            }
            fn.cfg.eval(writeStr(dest, asStr(text)));
        } else {
            throw new Unsupported("`write!` into this destination", call.textRange());
        }
        return ok(call);
    }

    /** A method of {@code fmt::Formatter}, or null if {@code name} is not one brisk implements. */
    IrExpr formatterMethod(SyntaxNode e, String name, SyntaxNode receiver, List<SyntaxNode> args) {
        var nodes = new java.util.ArrayList<SyntaxNode>();
        nodes.add(receiver);
        nodes.addAll(args);
        switch (name) {
            case "write_str", "pad" -> {
                var values = fn.exprs.operands(nodes);
                IrExpr s = asStr(values.get(1));
                fn.cfg.eval(name.equals("pad")
                        ? new IrExpr.VirtualCall(FORMATTER, "pad", IrSig.of(IrType.UNIT, TypeLowering.RSTR), false,
                                values.get(0), List.of(s))
                        : writeStr(values.get(0), s));
                return ok(e);
            }
            case "alternate", "sign_plus", "sign_minus", "sign_aware_zero_pad" -> {
                String method = switch (name) {
                    case "alternate" -> "alternate";
                    case "sign_plus" -> "signPlus";
                    case "sign_minus" -> "signMinus";
                    default -> "signAwareZeroPad";
                };
                IrExpr f = fn.exprs.raw(receiver);
                return fn.exprs.stable(new IrExpr.VirtualCall(FORMATTER, method, IrSig.of(IrType.BOOL), false, f,
                        List.of()));
            }
            case "width", "precision" -> {
                IrExpr f = fn.exprs.stable(fn.exprs.raw(receiver));
                IrExpr raw = fn.exprs.stable(new IrExpr.VirtualCall(FORMATTER, name, IrSig.of(IrType.I32), false, f,
                        List.of()));
                // The runtime keeps "unset" as 0 (width) or -1 (precision).
                IrExpr unset = name.equals("width") ? new IrExpr.Compare(CmpOp.EQ, raw, new IrExpr.IntConst(IntKind.I32, 0))
                        : new IrExpr.Compare(CmpOp.LT, raw, new IrExpr.IntConst(IntKind.I32, 0));
                return option(e, unset, new IrExpr.Cast(raw, IrType.USIZE));
            }
            default -> {
                return null;
            }
        }
    }

    private IrExpr option(SyntaxNode e, IrExpr isNone, IrExpr some) {
        var cfg = fn.cfg;
        IrType.Adt t = (IrType.Adt) fn.irTypeOf(e);
        int out = cfg.newLocal("$opt", t);
        int none = cfg.newBlock();
        int yes = cfg.newBlock();
        int join = cfg.newBlock();
        cfg.terminate(new IrTerminator.Branch(isNone, none, yes));
        cfg.switchTo(none);
        cfg.assign(cfg.local(out), new IrExpr.NewVariant(t.path(), "None", List.of()));
        cfg.gotoBlock(join);
        cfg.switchTo(yes);
        cfg.assign(cfg.local(out), new IrExpr.NewVariant(t.path(), "Some", List.of(some)));
        cfg.gotoBlock(join);
        cfg.switchTo(join);
        return new IrExpr.Read(cfg.local(out));
    }

    private IrExpr ok(SyntaxNode e) {
        IrType t = fn.irTypeOf(e.parent() != null && e.parent().kind() == brisk.syntax.SyntaxKind.MACRO_EXPR ? e.parent() : e);
        if (!(t instanceof IrType.Adt result)) {
            throw new Unsupported("this `fmt::Result`", e.textRange());
        }
        return new IrExpr.NewVariant(result.path(), "Ok", List.of());
    }

    private static IrExpr writeStr(IrExpr formatter, IrExpr str) {
        return new IrExpr.VirtualCall(FORMATTER, "writeStr", IrSig.of(IrType.UNIT, TypeLowering.RSTR), false, formatter,
                List.of(str));
    }

    private static IrExpr asStr(IrExpr v) {
        return v.type().equals(TypeLowering.RSTR) ? v : new IrExpr.VirtualCall(StdCalls.RSTRING, "asStr",
                IrSig.of(TypeLowering.RSTR), false, v, List.of());
    }
}
