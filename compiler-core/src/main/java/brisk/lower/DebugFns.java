package brisk.lower;

import brisk.base.TextRange;
import brisk.items.Item;
import brisk.lower.ir.ArithOp;
import brisk.lower.ir.CmpOp;
import brisk.lower.ir.IntKind;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrSig;
import brisk.lower.ir.IrTerminator;
import brisk.lower.ir.IrType;
import brisk.lower.ir.Overflow;
import brisk.lower.ir.Place;
import brisk.types.Ty;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code Debug} formatting into a runtime {@code Formatter}, exactly as core's impls and
 * {@code #[derive(Debug)]} do it, including the {@code {:#?}} form (each field or entry written
 * through a fresh pad adapter: {@code Formatter.padded()}): primitives and strings through
 * {@code brisk.runtime.Fmt}, tuples and sequences inline, and each struct or enum through one
 * generated fn per type instance (so recursive types work).
 *
 * <p>A struct's or enum's Debug fn is generated ({@link DerivedFns}) with the IR signature
 * {@code (self, Formatter) -> ()}.
 */
final class DebugFns {
    private static final String FMT = "brisk/runtime/Fmt";
    private static final String FORMATTER_CLASS = "brisk/runtime/Formatter";

    private final FnLowering fn;

    DebugFns(FnLowering fn) {
        this.fn = fn;
    }

    /** The body of {@code adt}'s generated Debug fn {@code (self, Formatter) -> ()}; returns its signature. */
    static IrSig lowerBody(FnLowering fn, Ty.Adt adt) {
        IrType self = fn.types.lower(adt, TextRange.at(0));
        var cfg = fn.cfg;
        int selfLocal = cfg.newLocal("self", self);
        int fLocal = cfg.newLocal("f", Formatting.FORMATTER);
        new DebugFns(fn).adtBody(new IrExpr.Read(cfg.local(selfLocal)), adt, new IrExpr.Read(cfg.local(fLocal)));
        cfg.terminate(new IrTerminator.Return(new IrExpr.UnitConst()));
        return IrSig.of(IrType.UNIT, self, Formatting.FORMATTER);
    }

    /** Writes {@code value}'s Debug form into formatter {@code f}. */
    void debug(IrExpr f, IrExpr value, Ty rustType, TextRange at) {
        Ty type = rustType;
        while (type instanceof Ty.Ref || fn.types.std().is(type, "Box")) {
            type = type instanceof Ty.Ref r ? r.inner() : ((Ty.Adt) type).args().getFirst();
        }
        debugStripped(f, value, type, at);
    }

    private void debugStripped(IrExpr f, IrExpr value, Ty type, TextRange at) {
        IrType t = value.type();
        switch (t) {
            case IrType.Unit _ -> call("debugUnit", f);
            case IrType.Int i -> {
                boolean signed = i.kind().signed();
                IrType wideType = signed ? IrType.I64 : IrType.U64;
                IrExpr wide = t.equals(wideType) ? value : new IrExpr.Cast(value, wideType);
                call(signed ? "debugSigned" : "debugUnsigned", f, wide, new IrExpr.IntConst(IntKind.I32, i.kind().bits()));
            }
            case IrType.Float64 _ -> call("debugF64", f, value);
            case IrType.Float32 _ -> call("debugF32", f, value);
            case IrType.Bool _ -> call("displayBool", f, value);
            case IrType.Char _ -> call("debugChar", f, new IrExpr.Cast(value, IrType.I32));
            case IrType.Obj o when o.equals(TypeLowering.RSTR) || o.equals(TypeLowering.RSTRING) -> call("debugStr", f, value);
            case IrType.Obj o when o.equals(Vecs.RVEC) || o.equals(Vecs.RSLICE) -> sequence(f, value, type, at);
            case IrType.Array _ -> sequence(f, value, type, at);
            case IrType.Tuple tuple when type instanceof Ty.Tuple tu -> tuple(f, value, tu, at);
            case IrType.Adt _ when type instanceof Ty.Adt adt -> adt(f, value, adt, at);
            default -> throw new Unsupported("`{:?}` of `" + TypeLowering.describe(type) + "`", at);
        }
    }

    /** A struct or enum: its user-written Debug impl, or its generated Debug fn. */
    private void adt(IrExpr f, IrExpr value, Ty.Adt adt, TextRange at) {
        var user = new UserFormatting(fn).implFor(adt, "Debug");
        if (user != null) {
            new UserFormatting(fn).callFmt(user, value, f, at);
            return;
        }
        var values = new AdtValues(fn);
        if (!values.isStdDerived(adt) && !values.derives(adt, "Debug") && !fn.types.std().is(adt, "Error")) {
            throw new Unsupported("`{:?}` of `" + adt.name() + "` (no Debug impl)", at);
        }
        var instance = DerivedFns.instance(fn, adt, "Debug");
        fn.callees.add(instance);
        fn.types.lower(adt, at);
        fn.cfg.eval(new IrExpr.Call(DerivedFns.ref(fn.ctx, instance, IrSig.of(IrType.UNIT, value.type(),
                Formatting.FORMATTER)), List.of(value, f)));
    }

    /** The body of a generated Debug fn: derive(Debug)'s output per variant. */
    private void adtBody(IrExpr self, Ty.Adt adt, IrExpr f) {
        var values = new AdtValues(fn);
        var def = values.def(adt);
        values.perVariant(self, adt, TextRange.at(0), (index, variant, fields) -> {
            var shape = def.variants().get(index).shape();
            String name = variant != null ? variant : adt.name();
            if (fields.isEmpty()) {
                writeStr(f, name);
                return;
            }
            boolean tuple = shape == Item.FieldsShape.TUPLE;
            var entries = new ArrayList<Entry>();
            for (var field : fields) {
                entries.add(new Entry(tuple ? null : field.name(), field.value(), field.type()));
            }
            builder(f, name + (tuple ? "(" : " {"), tuple ? ")" : "}", tuple ? "" : " ", entries, tuple, TextRange.at(0));
        });
    }

    private record Entry(String name, IrExpr value, Ty type) {}

    /**
     * core's builders: {@code open} then entries separated by ", " and {@code close} (with
     * {@code inner} spaces inside struct braces), or in the alternate form each entry on its own
     * padded line ending in ",".
     */
    private void builder(IrExpr f, String open, String close, String inner, List<Entry> entries, boolean tupleLike,
                         TextRange at) {
        var cfg = fn.cfg;
        IrExpr alt = fn.exprs.stable(new IrExpr.VirtualCall(FORMATTER_CLASS, "alternate", IrSig.of(IrType.BOOL), false, f,
                List.of()));
        int pretty = cfg.newBlock();
        int plain = cfg.newBlock();
        int join = cfg.newBlock();
        cfg.terminate(new IrTerminator.Branch(alt, pretty, plain));
        cfg.switchTo(plain);
        writeStr(f, open + inner);
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0) {
                writeStr(f, ", ");
            }
            entry(f, entries.get(i), at);
        }
        writeStr(f, inner + close);
        cfg.gotoBlock(join);
        cfg.switchTo(pretty);
        writeStr(f, open + "\n");
        for (var e : entries) {
            IrExpr g = fn.exprs.stable(new IrExpr.VirtualCall(FORMATTER_CLASS, "padded", IrSig.of(Formatting.FORMATTER),
                    false, f, List.of()));
            entry(g, e, at);
            writeStr(g, ",\n");
        }
        writeStr(f, close);
        cfg.gotoBlock(join);
        cfg.switchTo(join);
    }

    private void entry(IrExpr f, Entry e, TextRange at) {
        if (e.name() != null) {
            writeStr(f, e.name() + ": ");
        }
        if (e.value() == null) {
            call("debugUnit", f);
        } else {
            debug(f, e.value(), e.type(), at);
        }
    }

    private void tuple(IrExpr f, IrExpr value, Ty.Tuple tu, TextRange at) {
        IrExpr v = fn.exprs.stable(value);
        var entries = new ArrayList<Entry>();
        int irIndex = 0;
        for (Ty e : tu.elements()) {
            IrType et = fn.types.lower(e, at);
            entries.add(new Entry(null, et.isVoid() ? null
                    : fn.exprs.stable(new IrExpr.Read(new Place.TupleField(v, irIndex++))), e));
        }
        if (entries.size() == 1) {
            // `(a,)`: core's DebugTuple with an empty name adds the comma for one field.
            var cfg = fn.cfg;
            IrExpr alt = fn.exprs.stable(new IrExpr.VirtualCall(FORMATTER_CLASS, "alternate", IrSig.of(IrType.BOOL), false,
                    f, List.of()));
            int pretty = cfg.newBlock();
            int plain = cfg.newBlock();
            int join = cfg.newBlock();
            cfg.terminate(new IrTerminator.Branch(alt, pretty, plain));
            cfg.switchTo(plain);
            writeStr(f, "(");
            entry(f, entries.getFirst(), at);
            writeStr(f, ",)");
            cfg.gotoBlock(join);
            cfg.switchTo(pretty);
            writeStr(f, "(\n");
            IrExpr g = fn.exprs.stable(new IrExpr.VirtualCall(FORMATTER_CLASS, "padded", IrSig.of(Formatting.FORMATTER),
                    false, f, List.of()));
            entry(g, entries.getFirst(), at);
            writeStr(g, ",\n");
            writeStr(f, ")");
            cfg.gotoBlock(join);
            cfg.switchTo(join);
            return;
        }
        builder(f, "(", ")", "", entries, true, at);
    }

    /** {@code [a, b]} / the alternate list form, for Vecs, slices and arrays; {@code []} when empty. */
    private void sequence(IrExpr f, IrExpr value, Ty type, TextRange at) {
        var cfg = fn.cfg;
        Ty element = fn.types.elementType(type);
        if (element == null) {
            throw new Unsupported("`{:?}` of `" + TypeLowering.describe(type) + "`", at);
        }
        IrType et = fn.types.lower(element, at);
        IrExpr seq = fn.exprs.stable(value);
        IrExpr len = fn.exprs.stable(seq.type() instanceof IrType.Array ? new IrExpr.ArrayLength(seq) : Vecs.len(seq));
        IrExpr alt = fn.exprs.stable(new IrExpr.VirtualCall(FORMATTER_CLASS, "alternate", IrSig.of(IrType.BOOL), false, f,
                List.of()));
        writeStr(f, "[");
        int i = cfg.newLocal("$i", IrType.USIZE);
        cfg.assign(cfg.local(i), new IrExpr.IntConst(IntKind.USIZE, 0));
        int head = cfg.newBlock();
        int body = cfg.newBlock();
        int pretty = cfg.newBlock();
        int plain = cfg.newBlock();
        int sep = cfg.newBlock();
        int item = cfg.newBlock();
        int next = cfg.newBlock();
        int exit = cfg.newBlock();
        cfg.gotoBlock(head);
        cfg.switchTo(head);
        IrExpr iv = new IrExpr.Read(cfg.local(i));
        cfg.terminate(new IrTerminator.Branch(new IrExpr.Compare(CmpOp.LT, iv, len), body, exit));
        cfg.switchTo(body);
        IrExpr element0 = fn.exprs.stable(seq.type() instanceof IrType.Array
                ? new IrExpr.Read(new Place.Index(seq, iv, "<unreachable>")) : Vecs.get(seq, iv, et, "<unreachable>"));
        cfg.terminate(new IrTerminator.Branch(alt, pretty, plain));
        cfg.switchTo(pretty);
        // The first entry opens the list's line.
        int firstPretty = cfg.newBlock();
        int entryPretty = cfg.newBlock();
        cfg.terminate(new IrTerminator.Branch(new IrExpr.Compare(CmpOp.EQ, iv, new IrExpr.IntConst(IntKind.USIZE, 0)),
                firstPretty, entryPretty));
        cfg.switchTo(firstPretty);
        writeStr(f, "\n");
        cfg.gotoBlock(entryPretty);
        cfg.switchTo(entryPretty);
        IrExpr g = fn.exprs.stable(new IrExpr.VirtualCall(FORMATTER_CLASS, "padded", IrSig.of(Formatting.FORMATTER), false,
                f, List.of()));
        debug(g, element0, element, at);
        writeStr(g, ",\n");
        cfg.gotoBlock(next);
        cfg.switchTo(plain);
        cfg.terminate(new IrTerminator.Branch(new IrExpr.Compare(CmpOp.EQ, iv, new IrExpr.IntConst(IntKind.USIZE, 0)),
                item, sep));
        cfg.switchTo(sep);
        writeStr(f, ", ");
        cfg.gotoBlock(item);
        cfg.switchTo(item);
        debug(f, element0, element, at);
        cfg.gotoBlock(next);
        cfg.switchTo(next);
        cfg.assign(cfg.local(i), new IrExpr.Arith(ArithOp.ADD, IrType.USIZE, iv, new IrExpr.IntConst(IntKind.USIZE, 1),
                Overflow.WRAPPING, null));
        cfg.gotoBlock(head);
        cfg.switchTo(exit);
        writeStr(f, "]");
    }

    private void writeStr(IrExpr f, String s) {
        fn.cfg.eval(new IrExpr.VirtualCall(FORMATTER_CLASS, "writeStr", IrSig.of(IrType.UNIT, IrType.JAVA_STRING), false,
                f, List.of(new IrExpr.StringConst(s))));
    }

    private void call(String method, IrExpr... args) {
        var list = List.of(args);
        fn.cfg.eval(new IrExpr.StaticCall(FMT, method, new IrSig(list.stream().map(IrExpr::type).toList(), IrType.UNIT),
                list));
    }
}
