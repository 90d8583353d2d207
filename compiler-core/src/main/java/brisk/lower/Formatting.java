package brisk.lower;

import brisk.items.Nodes;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrSig;
import brisk.lower.ir.IrType;
import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import brisk.types.Ty;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code format_args!}: evaluates the arguments once, left to right, then writes the pieces into
 * a fresh {@code String} through one {@code Formatter} per placeholder (core's Display/Debug/hex/exp
 * impls of primitives live in {@code brisk.runtime.Fmt}).
 */
final class Formatting {
    static final String SUPPORT = "brisk/build/ProgramSupport";
    static final IrType FORMATTER = new IrType.Obj("brisk/runtime/Formatter");
    static final IrType FMT_SPEC = new IrType.Obj("brisk/runtime/FmtSpec");
    private static final String FMT = "brisk/runtime/Fmt";

    private final FnLowering fn;

    Formatting(FnLowering fn) {
        this.fn = fn;
    }

    IrExpr newString() {
        return fn.cfg.spill(new IrExpr.StaticCall(StdCalls.RSTRING, "withCapacity", IrSig.of(TypeLowering.RSTRING, IrType.USIZE),
                List.of(new IrExpr.IntConst(brisk.lower.ir.IntKind.USIZE, 0))));
    }

    void pushLiteral(IrExpr string, String text) {
        fn.cfg.eval(new IrExpr.VirtualCall(StdCalls.RSTRING, "pushStr", IrSig.of(IrType.UNIT, IrType.JAVA_STRING), false,
                string, List.of(new IrExpr.StringConst(text))));
    }

    IrExpr toJava(IrExpr string) {
        return fn.cfg.spill(new IrExpr.VirtualCall(StdCalls.RSTRING, "toString", IrSig.of(IrType.JAVA_STRING), false, string,
                List.of()));
    }

    IrExpr prefixed(String prefix, IrExpr string) {
        var out = newString();
        pushLiteral(out, prefix);
        fn.cfg.eval(new IrExpr.VirtualCall(StdCalls.RSTRING, "pushStr", IrSig.of(IrType.UNIT, TypeLowering.RSTRING), false,
                out, List.of(string)));
        return out;
    }

    /** A new String holding the formatted {@code args} (format string at {@code fmtIndex}). */
    IrExpr format(SyntaxNode call, List<SyntaxNode> args, int fmtIndex) {
        var out = newString();
        append(out, call, args, fmtIndex);
        return out;
    }

    void append(IrExpr out, SyntaxNode call, List<SyntaxNode> args, int fmtIndex) {
        var fmtNode = args.get(fmtIndex);
        if (fmtNode.kind() != SyntaxKind.LITERAL || fmtNode.firstToken().kind() != SyntaxKind.STRING) {
            throw new Unsupported("format strings that are not string literals", fmtNode.textRange());
        }
        var parsed = FormatString.parse(Literals.string(fmtNode.firstToken().text()));
        if (parsed == null) {
            throw new Unsupported("this format string (width or precision arguments)", fmtNode.textRange());
        }
        var positional = new ArrayList<SyntaxNode>();
        var names = new ArrayList<String>();
        var named = new ArrayList<SyntaxNode>();
        for (int i = fmtIndex + 1; i < args.size(); i++) {
            var a = args.get(i);
            if (a.kind() == SyntaxKind.BIN_EXPR && Nodes.hasToken(a, SyntaxKind.EQ) && a.children().size() == 2
                    && a.firstChild().kind() == SyntaxKind.PATH_EXPR) {
                names.add(a.firstChild().text().strip());
                named.add(a.children().getLast());
            } else {
                positional.add(a);
            }
        }
        var all = new ArrayList<SyntaxNode>(positional);
        all.addAll(named);
        var values = fn.exprs.operands(all);
        for (int i = 0; i < values.size(); i++) {
            values.set(i, fn.exprs.stable(values.get(i)));
        }
        for (var piece : parsed.pieces()) {
            switch (piece) {
                case FormatString.Literal l -> pushLiteral(out, l.text());
                case FormatString.Placeholder p -> {
                    IrExpr value;
                    Ty type;
                    if (p.index() >= 0) {
                        if (p.index() >= positional.size()) {
                            throw new Unsupported("this format string", fmtNode.textRange());
                        }
                        value = values.get(p.index());
                        type = fn.typeOf(positional.get(p.index()));
                    } else if (names.contains(p.name())) {
                        int at = names.indexOf(p.name());
                        value = values.get(positional.size() + at);
                        type = fn.typeOf(named.get(at));
                    } else {
                        var captured = capture(p.name(), fmtNode);
                        value = captured.value();
                        type = captured.type();
                    }
                    IrExpr width = p.width() == null ? null : count(p.width(), positional, names, values, fmtNode, call);
                    IrExpr precision = p.precision() == null ? null
                            : count(p.precision(), positional, names, values, fmtNode, call);
                    placeholder(out, value, type, p.spec(), fmtNode, width, precision);
                }
            }
        }
    }

    private record Captured(IrExpr value, Ty type) {}

    /** A runtime width or precision argument as the {@code int} count FmtSpec takes (checked like core). */
    private IrExpr count(FormatString.ArgRef ref, List<SyntaxNode> positional, List<String> names, List<IrExpr> values,
                         SyntaxNode fmtNode, SyntaxNode call) {
        IrExpr v;
        if (ref.index() >= 0) {
            if (ref.index() >= positional.size()) {
                throw new Unsupported("this format string", fmtNode.textRange());
            }
            v = values.get(ref.index());
        } else if (names.contains(ref.name())) {
            v = values.get(positional.size() + names.indexOf(ref.name()));
        } else {
            v = capture(ref.name(), fmtNode).value();
        }
        if (!(v.type() instanceof IrType.Int)) {
            throw new Unsupported("width or precision arguments that are not `usize`", fmtNode.textRange());
        }
        // rustc types a count argument usize; an unsuffixed literal inference left at its fallback has the same value.
        if (!v.type().equals(IrType.USIZE)) {
            v = new IrExpr.Cast(v, IrType.USIZE);
        }
        return fn.cfg.spill(new IrExpr.StaticCall("brisk/runtime/FmtSpec", "count",
                IrSig.of(IrType.I32, IrType.USIZE, IrType.JAVA_STRING),
                List.of(v, new IrExpr.StringConst(fn.location(call.textRange().start())))));
    }

    /** {@code {name}} capturing a variable: accepted when exactly one binding in the fn has that name. */
    private Captured capture(String name, SyntaxNode at) {
        Integer param = fn.params.get(name);
        int found = param == null ? -1 : param;
        Ty type = null;
        if (param != null) {
            type = fn.sig.params().get(fn.sig.paramNames().indexOf(name));
        }
        int count = param == null ? 0 : 1;
        for (var entry : fn.bindings.entrySet()) {
            if (fn.cfg.locals().get(entry.getValue()).name().equals(name)) {
                count++;
                found = entry.getValue();
                type = fn.inference.bindingTypes().get(entry.getKey());
            }
        }
        if (count != 1 || type == null) {
            throw new Unsupported("capturing `" + name + "` in this format string", at.textRange());
        }
        return new Captured(new IrExpr.Read(fn.cfg.local(found)), Subst.apply(type, fn.instance.typeArgs()));
    }

    void debug(IrExpr out, IrExpr value, Ty type, SyntaxNode at) {
        placeholder(out, value, type, "?", at);
    }

    /** Appends {@code value}'s Display output ({@code to_string}). */
    void display(IrExpr out, IrExpr value, Ty type, SyntaxNode at) {
        placeholder(out, value, type, "", at);
    }

    private void placeholder(IrExpr out, IrExpr value, Ty type, String spec, SyntaxNode at) {
        placeholder(out, value, type, spec, at, null, null);
    }

    private void placeholder(IrExpr out, IrExpr value, Ty type, String spec, SyntaxNode at, IrExpr width,
                             IrExpr precision) {
        while (type instanceof Ty.Ref || fn.types.std().is(type, "Box")) {
            type = type instanceof Ty.Ref r ? r.inner() : ((Ty.Adt) type).args().getFirst();
        }
        char kind = spec.isEmpty() ? ' ' : spec.charAt(spec.length() - 1);
        if ("?xXobeE".indexOf(kind) < 0) {
            kind = ' ';
        }
        if (kind == ' ' || kind == '?') {
            var user = new UserFormatting(fn).implFor(type, kind == '?' ? "Debug" : "Display");
            if (user != null) {
                new UserFormatting(fn).callFmt(user, value, formatter(out, spec, width, precision), at.textRange());
                return;
            }
        }
        if (kind == '?' && (value.type() instanceof IrType.Adt || value.type() instanceof IrType.Tuple
                || value.type() instanceof IrType.Unit
                || ((value.type().equals(Vecs.RVEC) || value.type().equals(Vecs.RSLICE)) && objectElements(type, at))
                || (value.type() instanceof IrType.Array a && Vecs.isObject(a.element())))) {
            new DebugFns(fn).debug(formatter(out, spec, width, precision), value, type, at.textRange());
            return;
        }
        IrExpr f = formatter(out, spec, width, precision);
        IrType t = value.type();
        final char k = kind;
        String method;
        List<IrExpr> args = new ArrayList<>();
        args.add(f);
        boolean caseMapping = type instanceof Ty.Adt mapping && fn.types.isStd(mapping)
                && (mapping.name().equals("ToUppercase") || mapping.name().equals("ToLowercase"));
        switch (t) {
            case IrType.Int i -> {
                boolean signed = i.kind().signed();
                IrExpr wide = new IrExpr.Cast(value, signed ? IrType.I64 : IrType.U64);
                if (i.kind().isLong()) {
                    wide = value.type().equals(signed ? IrType.I64 : IrType.U64) ? value : new IrExpr.Cast(value,
                            signed ? IrType.I64 : IrType.U64);
                }
                IrExpr bits = new IrExpr.IntConst(brisk.lower.ir.IntKind.I32, i.kind().bits());
                switch (kind) {
                    case '?' -> {
                        method = signed ? "debugSigned" : "debugUnsigned";
                        args.add(wide);
                        args.add(bits);
                    }
                    case 'x', 'X', 'o', 'b' -> {
                        method = switch (kind) {
                            case 'x' -> "lowerHex";
                            case 'X' -> "upperHex";
                            case 'o' -> "octal";
                            default -> "binary";
                        };
                        args.add(wide);
                        args.add(bits);
                    }
                    case 'e', 'E' -> {
                        method = (kind == 'e' ? "lowerExp" : "upperExp") + (signed ? "Signed" : "Unsigned");
                        args.add(wide);
                    }
                    default -> {
                        method = signed ? "displaySigned" : "displayUnsigned";
                        args.add(wide);
                    }
                }
                emit(method, args, at, spec);
            }
            case IrType.Float64 _, IrType.Float32 _ -> {
                String suffix = t instanceof IrType.Float64 ? "F64" : "F32";
                method = switch (kind) {
                    case '?' -> "debug";
                    case 'e' -> "lowerExp";
                    case 'E' -> "upperExp";
                    case ' ' -> "display";
                    default -> throw new Unsupported("this format spec for floats", at.textRange());
                } + suffix;
                args.add(value);
                emit(method, args, at, spec);
            }
            case IrType.Bool _ -> {
                requireDisplayOrDebug(kind, at);
                args.add(value);
                emit("displayBool", args, at, spec);
            }
            case IrType.Char _ -> {
                requireDisplayOrDebug(kind, at);
                args.add(new IrExpr.Cast(value, IrType.I32));
                emit(kind == '?' ? "debugChar" : "displayChar", args, at, spec);
            }
            case IrType.Obj o when k == '?' && (o.equals(Vecs.RVEC) || o.equals(Vecs.RSLICE)) -> {
                Ty element = fn.types.elementType(type);
                IrExpr slice = o.equals(Vecs.RVEC) ? fn.exprs.stable(Vecs.asSlice(value)) : value;
                args.add(slice);
                args.add(new IrExpr.StringConst(elementName(element)));
                fn.cfg.eval(new IrExpr.StaticCall(SUPPORT, "debugSlice", IrSig.of(IrType.UNIT, FORMATTER, Vecs.RSLICE,
                        IrType.JAVA_STRING), args));
            }
            case IrType.Array a when k == '?' && Vecs.boxable(a.element()) -> {
                Ty element = fn.types.elementType(type);
                args.add(fn.exprs.coerce(value, Vecs.RSLICE, at.textRange()));
                args.add(new IrExpr.StringConst(elementName(element)));
                fn.cfg.eval(new IrExpr.StaticCall(SUPPORT, "debugSlice", IrSig.of(IrType.UNIT, FORMATTER, Vecs.RSLICE,
                        IrType.JAVA_STRING), args));
            }
            case IrType.Obj o when o.equals(TypeLowering.RSTR) || o.equals(TypeLowering.RSTRING) -> {
                requireDisplayOrDebug(kind, at);
                args.add(value);
                emit(kind == '?' ? "debugStr" : "displayStr", args, at, spec);
            }
            case IrType.Obj o when WideInts.is(o) -> fn.cfg.eval(WideInts.format(kind, f, value, WideInts.signed(type), at));
            case IrType.Obj o when o.equals(Erased.RITER) && caseMapping -> {
                requireDisplayOrDebug(kind, at);
                if (kind == '?') {
                    throw new Unsupported("`{:?}` of a case mapping", at.textRange());
                }
                fn.cfg.eval(new IrExpr.StaticCall("brisk/runtime/StrPieces", "displayCaseMapping",
                        IrSig.of(IrType.UNIT, FORMATTER, Erased.RITER), List.of(f, value)));
            }
            case IrType.Obj o when TypeLowering.isStdError(o) -> {
                requireDisplayOrDebug(kind, at);
                if (kind == '?') {
                    fn.cfg.eval(new IrExpr.VirtualCall(o.internalName(), "debug", IrSig.of(IrType.UNIT, FORMATTER), false,
                            value, List.of(f)));
                } else {
                    args.add(new IrExpr.VirtualCall(o.internalName(), "display", IrSig.of(IrType.JAVA_STRING), false, value,
                            List.of()));
                    emit("displayStr", args, at, spec);
                }
            }
            default -> throw new Unsupported("formatting values of type `" + TypeLowering.describe(type) + "`",
                    at.textRange());
        }
    }

    /** A Formatter writing into {@code out} with one placeholder's options. */
    private IrExpr formatter(IrExpr out, String spec, IrExpr width, IrExpr precision) {
        IrExpr specValue = spec.isEmpty() && width == null && precision == null ? null
                : new IrExpr.ConstantCall("brisk/runtime/FmtSpec", "parse", IrSig.of(FMT_SPEC, IrType.JAVA_STRING),
                        List.of(new IrExpr.StringConst(spec)));
        if (width != null) {
            specValue = new IrExpr.VirtualCall("brisk/runtime/FmtSpec", "withWidth", IrSig.of(FMT_SPEC, IrType.I32), false,
                    specValue, List.of(width));
        }
        if (precision != null) {
            specValue = new IrExpr.VirtualCall("brisk/runtime/FmtSpec", "withPrecision", IrSig.of(FMT_SPEC, IrType.I32),
                    false, specValue, List.of(precision));
        }
        return fn.cfg.spill(specValue == null
                ? new IrExpr.StaticCall(SUPPORT, "formatter", IrSig.of(FORMATTER, TypeLowering.RSTRING), List.of(out))
                : new IrExpr.StaticCall(SUPPORT, "formatter", IrSig.of(FORMATTER, TypeLowering.RSTRING, FMT_SPEC),
                        List.of(out, specValue)));
    }

    /** Whether the elements of this Vec or slice are objects other than strings (formatted element by element). */
    private boolean objectElements(Ty seq, SyntaxNode at) {
        IrType et = fn.types.lower(fn.types.elementType(seq), at.textRange());
        return Vecs.isObject(et) && !et.equals(TypeLowering.RSTR) && !et.equals(TypeLowering.RSTRING);
    }

    private static String elementName(Ty element) {
        while (element instanceof Ty.Ref r) {
            element = r.inner();
        }
        return TypeLowering.describe(element);
    }

    private static void requireDisplayOrDebug(char kind, SyntaxNode at) {
        if (kind != ' ' && kind != '?') {
            throw new Unsupported("this format spec", at.textRange());
        }
    }

    private void emit(String method, List<IrExpr> args, SyntaxNode at, String spec) {
        var params = args.stream().map(IrExpr::type).toList();
        fn.cfg.eval(new IrExpr.StaticCall(FMT, method, new IrSig(params, IrType.UNIT), args));
    }
}
