package brisk.lower;

import brisk.lower.ir.CmpOp;
import brisk.lower.ir.FieldRef;
import brisk.lower.ir.IntKind;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrFunction;
import brisk.lower.ir.IrSig;
import brisk.lower.ir.IrTerminator;
import brisk.lower.ir.IrType;
import brisk.lower.ir.Place;
import brisk.syntax.SyntaxNode;
import brisk.types.AdtDef;
import brisk.types.Ty;
import brisk.types.TypeQueries;
import java.util.List;

/**
 * {@code fn main() -> Result<(), E>}: the program's entry is a wrapper ({@code main$result}) that
 * runs {@code main} and, on {@code Err(e)}, prints {@code Error: <e's Debug>} to stderr and exits with
 * status 1, as std's {@code Termination} impl does.
 */
final class MainResult {
    static final String SUFFIX = "$result";

    private MainResult() {}

    /** Whether {@code fn} is a crate root's {@code main} returning a Result. */
    static boolean applies(FnLowering fn) {
        var owner = fn.instance.owner();
        return owner.container() == null && owner.module() == 0 && fn.instance.typeArgs().isEmpty()
                && Names.itemName(fn.ctx, owner.item()).equals("main") && fn.sig.params().isEmpty()
                && fn.types.std().is(fn.sig.ret(), "Result");
    }

    static void wrap(FnLowering fn, IrFunction main, SyntaxNode body) {
        Ty.Adt result = (Ty.Adt) fn.sig.ret();
        if (!(main.sig().result() instanceof IrType.Adt resultIr)) {
            throw new Unsupported("`main` returning this type", body.textRange());
        }
        AdtDef def = fn.ctx.get(TypeQueries.ADT_DEF, Names.ownerOf(fn.ctx, fn.instance.owner().crate(), result.def()));
        int ok = -1;
        int err = -1;
        for (int i = 0; i < def.variants().size(); i++) {
            switch (def.variants().get(i).name()) {
                case "Ok" -> ok = i;
                case "Err" -> err = i;
                default -> { }
            }
        }
        Ty errTy = result.args().get(1);
        IrType errIr = fn.types.lower(errTy, body.textRange());
        var child = new FnLowering(fn);
        var cfg = child.cfg;
        IrExpr r = cfg.spill(new IrExpr.Call(main.ref(), List.of()));
        int okBlock = cfg.newBlock();
        int errBlock = cfg.newBlock();
        cfg.terminate(new IrTerminator.Branch(new IrExpr.Compare(CmpOp.EQ, new IrExpr.Tag(r),
                new IrExpr.IntConst(IntKind.I32, ok)), okBlock, errBlock));
        cfg.switchTo(okBlock);
        cfg.terminate(new IrTerminator.Return(new IrExpr.UnitConst()));
        cfg.switchTo(errBlock);
        var fmt = new Formatting(child);
        IrExpr out = fmt.newString();
        IrExpr e = errIr.isVoid() ? new IrExpr.UnitConst() : cfg.spill(new IrExpr.Read(new Place.Field(r,
                FieldRef.ofVariant(resultIr.path(), "Err", def.variants().get(err).fieldNames().getFirst(), errIr))));
        fmt.debug(out, e, errTy, body);
        IrExpr status = cfg.spill(new IrExpr.StaticCall("brisk/runtime/Rt", "mainReturnedError",
                IrSig.of(IrType.I32, IrType.JAVA_STRING), List.of(fmt.toJava(out))));
        cfg.eval(new IrExpr.StaticCall("brisk/runtime/Rt", "exit", IrSig.of(IrType.NEVER, IrType.I32), List.of(status)));
        cfg.terminate(new IrTerminator.Unreachable());
        fn.closureFns.add(new IrFunction(main.module(), main.name() + SUFFIX, IrSig.of(IrType.UNIT), cfg.locals(),
                cfg.blocks()));
        fn.callees.addAll(child.callees);
        fn.dynUses.addAll(child.dynUses);
    }
}
