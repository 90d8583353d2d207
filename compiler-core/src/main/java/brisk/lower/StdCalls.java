package brisk.lower;

import brisk.lower.ir.ArithOp;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrSig;
import brisk.lower.ir.IrType;
import brisk.lower.ir.Overflow;
import brisk.syntax.SyntaxNode;
import brisk.types.InferenceResult;
import brisk.types.Ty;
import java.util.ArrayList;
import java.util.List;

/**
 * The std functions and methods brisk compiles, each mapped to a runtime call or inline IR with
 * std's exact behaviour. Every other std item is reported unsupported by name.
 */
final class StdCalls {
    static final String RT = "brisk/runtime/Rt";
    static final String RSTRING = "brisk/runtime/RString";
    static final String RSTR = "brisk/runtime/RStr";

    private static final String STD_NUM = "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/num/mod.rs:";
    /** Where core's {@code int_impl!}/{@code uint_impl!} is invoked for each type (rustc 1.95). */
    private static final java.util.Map<brisk.lower.ir.IntKind, Integer> NUM_IMPL_LINE = java.util.Map.of(
            brisk.lower.ir.IntKind.I8, 346, brisk.lower.ir.IntKind.I16, 370, brisk.lower.ir.IntKind.I32, 394,
            brisk.lower.ir.IntKind.I64, 418, brisk.lower.ir.IntKind.ISIZE, 519, brisk.lower.ir.IntKind.U8, 546,
            brisk.lower.ir.IntKind.U16, 1188, brisk.lower.ir.IntKind.U32, 1243, brisk.lower.ir.IntKind.U64, 1274,
            brisk.lower.ir.IntKind.USIZE, 1400);

    private final FnLowering fn;

    /** Where core reports an overflow or division panic raised inside an integer method of {@code kind}. */
    static String coreNumLocation(brisk.lower.ir.IntKind kind) {
        return STD_NUM + NUM_IMPL_LINE.get(kind) + ":5";
    }

    StdCalls(FnLowering fn) {
        this.fn = fn;
    }

    IrExpr call(SyntaxNode e, InferenceResult.Callee callee, List<SyntaxNode> args) {
        String name = callee.fn().name();
        String container = containerName(callee);
        if (container.isEmpty() && (name.equals("swap") || name.equals("replace") || name.equals("take"))) {
            // Before the operands: `&mut local` of a scalar is a place here, not a value.
            return new MemCalls(fn).call(e, name, args);
        }
        IrExpr closureTaking = new StdClosureCalls(fn).call(e, container, name, args);
        if (closureTaking != null) {
            return closureTaking;
        }
        if (name.equals("default") && args.isEmpty()) {
            // Default::default() of a std type or scalar, also through a generic parameter once monomorphized.
            return fn.exprs.stable(new Defaults(fn).of(fn.typeOf(e), e.textRange()));
        }
        var values = fn.exprs.operands(args);
        return switch (container + "::" + name) {
            case "::exit" -> {
                fn.cfg.eval(new IrExpr.StaticCall(RT, "exit", IrSig.of(IrType.NEVER, IrType.I32), values));
                yield new IrExpr.UnitConst();
            }
            case "Vec::new" -> fn.exprs.stable(Vecs.newVec(0));
            case "Vec::with_capacity" -> fn.exprs.stable(new IrExpr.StaticCall(Vecs.RVEC_CLASS, "withCapacity",
                    IrSig.of(Vecs.RVEC, IrType.USIZE), values));
            case "String::new" -> fn.exprs.stable(new IrExpr.StaticCall(RSTRING, "withCapacity",
                    IrSig.of(TypeLowering.RSTRING, IrType.USIZE), List.of(new IrExpr.IntConst(brisk.lower.ir.IntKind.USIZE, 0))));
            case "String::from" -> {
                if (!values.getFirst().type().equals(TypeLowering.RSTR)) {
                    throw new Unsupported("`String::from` of this type", e.textRange());
                }
                yield fn.exprs.stable(new IrExpr.StaticCall(RSTRING, "from", IrSig.of(TypeLowering.RSTRING, TypeLowering.RSTR),
                        values));
            }
            case "i8::from_str_radix", "i16::from_str_radix", "i32::from_str_radix", "i64::from_str_radix",
                 "i128::from_str_radix", "isize::from_str_radix", "u8::from_str_radix", "u16::from_str_radix",
                 "u32::from_str_radix", "u64::from_str_radix", "u128::from_str_radix", "usize::from_str_radix" ->
                    new ParseCalls(fn).fromStrRadix(e, values.get(0), values.get(1));
            case "String::from_utf8", "::from_utf8" -> new StrCalls(fn).fromUtf8(e, values.getFirst(), container.equals("String"));
            case "::max", "::min" -> {
                IrExpr r = new NumCalls(fn).minMax(name, values.get(0), values.get(1));
                if (r == null) {
                    throw new Unsupported("`std::cmp::" + name + "` of these values", e.textRange());
                }
                yield r;
            }
            case "::from_u32", "::from_digit", "char::from_u32", "char::from_digit" -> {
                IrExpr c = new CharCalls(fn).function(e, name, values);
                if (c == null) {
                    throw new Unsupported("the std function `" + name + "`", e.textRange());
                }
                yield c;
            }
            default -> throw new Unsupported("the std function `" + (container.isEmpty() ? "" : container + "::") + name + "`",
                    e.textRange());
        };
    }

    IrExpr methodCall(SyntaxNode e, InferenceResult.Callee callee, SyntaxNode receiver, List<SyntaxNode> args) {
        if (callee.fn().name().equals("to_string") && IterCalls.deref(fn.typeOf(receiver)) instanceof Ty.Adt mapping
                && fn.types.isStd(mapping) && (mapping.name().equals("ToUppercase") || mapping.name().equals("ToLowercase"))) {
            // Display of a char's case mapping, before the iterator methods claim the receiver.
            return new CharCalls(fn).caseMappedString(e, mapping.name().equals("ToUppercase"), receiver);
        }
        IrExpr closureTaking = new StdClosureCalls(fn).methodCall(e, callee, receiver, args);
        if (closureTaking != null) {
            return closureTaking;
        }
        String name = callee.fn().name();
        Ty recvTy = fn.typeOf(receiver);
        while (recvTy instanceof Ty.Ref r) {
            recvTy = r.inner();
        }
        var nodes = new ArrayList<SyntaxNode>();
        nodes.add(receiver);
        nodes.addAll(args);
        IrExpr family = familyMethod(e, name, recvTy, receiver, args);
        if (family != null) {
            return family;
        }
        if (recvTy instanceof Ty.Prim p && p.kind().isInteger()) {
            var values = fn.exprs.operands(nodes);
            IrExpr recv = values.getFirst();
            IrType t = recv.type();
            ArithOp wrapping = switch (name) {
                case "wrapping_add" -> ArithOp.ADD;
                case "wrapping_sub" -> ArithOp.SUB;
                case "wrapping_mul" -> ArithOp.MUL;
                default -> null;
            };
            if (t instanceof IrType.Int it && (name.equals("abs") && it.kind().signed() || name.equals("pow"))) {
                // Not track_caller: the overflow is reported inside core, at the type's int_impl! line.
                String loc = STD_NUM + NUM_IMPL_LINE.get(it.kind()) + ":5";
                var args2 = new ArrayList<IrExpr>();
                args2.add(recv);
                var params = new ArrayList<IrType>();
                params.add(t);
                if (name.equals("pow")) {
                    args2.add(new IrExpr.Cast(values.get(1), IrType.I32));
                    params.add(IrType.I32);
                }
                args2.add(new IrExpr.StringConst(loc));
                params.add(IrType.JAVA_STRING);
                IrType raw = it.kind().isLong() ? t : IrType.I32;
                if (!raw.equals(t)) {
                    args2.set(0, new IrExpr.Cast(recv, IrType.I32));
                    params.set(0, IrType.I32);
                }
                IrExpr call = new IrExpr.StaticCall("brisk/runtime/Arith", name + it.kind().runtimeSuffix(),
                        new IrSig(params, raw), args2);
                return fn.exprs.stable(raw.equals(t) ? call : new IrExpr.Cast(call, t));
            }
            if (wrapping != null && t instanceof IrType.Int) {
                return new IrExpr.Arith(wrapping, t, recv, values.get(1), Overflow.WRAPPING, fn.location(e.textRange().start()));
            }
        }
        if (fn.types.std().is(recvTy, "Result") && recvTy instanceof Ty.Adt result
                && (name.equals("unwrap") || name.equals("expect") || name.equals("is_ok") || name.equals("is_err"))) {
            return resultMethod(e, name, result, receiver, args);
        }
        if (fn.types.std().is(recvTy, "Option") && recvTy instanceof Ty.Adt option) {
            return optionMethod(e, name, option, receiver, args);
        }
        if (recvTy instanceof Ty.Slice || fn.types.std().is(recvTy, "Vec")) {
            var values = fn.exprs.operands(nodes);
            IrExpr recv = fn.exprs.stable(values.getFirst());
            boolean vec = recv.type().equals(Vecs.RVEC);
            switch (name) {
                case "len" -> {
                    return fn.exprs.stable(Vecs.len(recv));
                }
                case "is_empty" -> {
                    return new IrExpr.Compare(brisk.lower.ir.CmpOp.EQ, fn.exprs.stable(Vecs.len(recv)),
                            new IrExpr.IntConst(brisk.lower.ir.IntKind.USIZE, 0));
                }
                case "push" -> {
                    if (vec) {
                        fn.cfg.eval(Vecs.push(recv, values.get(1)));
                        return new IrExpr.UnitConst();
                    }
                }
                case "pop" -> {
                    if (vec) {
                        return pop(e, recv);
                    }
                }
                case "remove" -> {
                    if (vec) {
                        // Vec::remove is track_caller: the panic is reported at the method name.
                        var nameRef = FnLowering.kid(e, brisk.syntax.SyntaxKind.NAME_REF);
                        String loc = fn.location(nameRef == null ? e.textRange().start() : nameRef.textRange().start());
                        IrType element = fn.types.lower(fn.types.elementType(recvTy), e.textRange());
                        return fn.exprs.stable(Vecs.unbox(new IrExpr.VirtualCall(Vecs.RVEC_CLASS, "remove",
                                IrSig.of(Vecs.OBJECT, IrType.USIZE, IrType.JAVA_STRING), false, recv,
                                List.of(values.get(1), new IrExpr.StringConst(loc))), element));
                    }
                }
                default -> { }
            }
        }
        if (recvTy instanceof Ty.Prim p && p.kind() == Ty.PrimKind.STR) {
            IrExpr recv = fn.exprs.raw(receiver);
            switch (name) {
                case "to_string", "to_owned" -> {
                    return fn.exprs.stable(new IrExpr.StaticCall(RSTRING, "from",
                            IrSig.of(TypeLowering.RSTRING, TypeLowering.RSTR), List.of(recv)));
                }
                case "len" -> {
                    return new IrExpr.VirtualCall(RSTR, "len", IrSig.of(IrType.USIZE), false, recv, List.of());
                }
                default -> { }
            }
        }
        if (fn.types.std().is(recvTy, "String")) {
            IrExpr recv = fn.exprs.stable(fn.exprs.raw(receiver));
            var rest = fn.exprs.operands(args);
            switch (name) {
                case "len" -> {
                    return new IrExpr.VirtualCall(RSTRING, "len", IrSig.of(IrType.USIZE), false, recv, List.of());
                }
                case "push_str" -> {
                    if (rest.getFirst().type().equals(TypeLowering.RSTR)) {
                        fn.cfg.eval(new IrExpr.VirtualCall(RSTRING, "pushStr", IrSig.of(IrType.UNIT, TypeLowering.RSTR),
                                false, recv, rest));
                        return new IrExpr.UnitConst();
                    }
                }
                case "push" -> {
                    fn.cfg.eval(new IrExpr.VirtualCall(RSTRING, "push", IrSig.of(IrType.UNIT, IrType.I32), false, recv,
                            List.of(new IrExpr.Cast(rest.getFirst(), IrType.U32)).stream()
                                    .map(x -> (IrExpr) new IrExpr.Cast(x, IrType.I32)).toList()));
                    return new IrExpr.UnitConst();
                }
                case "clone", "to_string" -> {
                    return fn.exprs.stable(new IrExpr.VirtualCall(RSTRING, "copy", IrSig.of(TypeLowering.RSTRING), false,
                            recv, List.of()));
                }
                case "as_str" -> {
                    return fn.exprs.stable(new IrExpr.VirtualCall(RSTRING, "asStr", IrSig.of(TypeLowering.RSTR), false,
                            recv, List.of()));
                }
                default -> { }
            }
        }
        throw new Unsupported("the std method `" + name + "` on `" + TypeLowering.describe(recvTy) + "`", e.textRange());
    }

    /** A method of one of the receiver families with a lowering of their own, or null. */
    private IrExpr familyMethod(SyntaxNode e, String name, Ty recvTy, SyntaxNode receiver, List<SyntaxNode> args) {
        if (StrCalls.isStrReceiver(fn, recvTy)) {
            return new StrCalls(fn).method(e, name, receiver, args);
        }
        if (OrderingCalls.isOrdering(fn, recvTy)) {
            return new OrderingCalls(fn).method(e, name, (Ty.Adt) recvTy, receiver, args);
        }
        if (SliceCalls.isSliceReceiver(fn, recvTy)) {
            return new SliceCalls(fn).method(e, name, recvTy, receiver, args);
        }
        if (recvTy instanceof Ty.Prim p) {
            if (name.equals("clone") && args.isEmpty()) {
                // A scalar (behind any number of shared references, which are the scalar itself) is Copy.
                return fn.exprs.stable(fn.exprs.value(receiver));
            }
            if (name.equals("to_string")) {
                var fmt = new Formatting(fn);
                IrExpr out = fmt.newString();
                fmt.display(out, fn.exprs.value(receiver), recvTy, e);
                return out;
            }
            IrExpr r = p.kind() == Ty.PrimKind.CHAR ? new CharCalls(fn).method(e, name, receiver, args) : null;
            return r != null ? r : new NumCalls(fn).method(e, name, p.kind(), receiver, args);
        }
        return null;
    }

    /** {@code unwrap}, {@code expect}, {@code is_some}, {@code is_none}, {@code unwrap_or} on an Option. */
    private IrExpr optionMethod(SyntaxNode e, String name, Ty.Adt option, SyntaxNode receiver, List<SyntaxNode> args) {
        var nodes = new ArrayList<SyntaxNode>();
        nodes.add(receiver);
        nodes.addAll(args);
        var values = fn.exprs.operands(nodes);
        IrExpr recv = fn.exprs.stable(values.getFirst());
        if (!(recv.type() instanceof IrType.Adt adt)) {
            throw new Unsupported("this Option", e.textRange());
        }
        var owner = Names.ownerOf(fn.ctx, fn.instance.owner().crate(), option.def());
        var def = fn.ctx.get(brisk.types.TypeQueries.ADT_DEF, owner);
        int some = -1;
        for (int i = 0; i < def.variants().size(); i++) {
            if (def.variants().get(i).name().equals("Some")) {
                some = i;
            }
        }
        IrExpr isSome = new IrExpr.Compare(brisk.lower.ir.CmpOp.EQ, new IrExpr.Tag(recv),
                new IrExpr.IntConst(brisk.lower.ir.IntKind.I32, some));
        switch (name) {
            case "is_some" -> {
                return fn.exprs.stable(isSome);
            }
            case "is_none" -> {
                return fn.exprs.stable(new IrExpr.Unary(brisk.lower.ir.UnOp.NOT, isSome, Overflow.CHECKED, null));
            }
            default -> { }
        }
        IrType payload = fn.types.lower(option.args().getFirst(), e.textRange());
        if (payload.isVoid() || !(name.equals("unwrap") || name.equals("expect") || name.equals("unwrap_or"))) {
            throw new Unsupported("the std method `" + name + "` on `Option`", e.textRange());
        }
        var nameRef = FnLowering.kid(e, brisk.syntax.SyntaxKind.NAME_REF);
        String loc = fn.location(nameRef == null ? e.textRange().start() : nameRef.textRange().start());
        int result = fn.cfg.newLocal("$unwrap", payload);
        int ok = fn.cfg.newBlock();
        int none = fn.cfg.newBlock();
        int join = fn.cfg.newBlock();
        fn.cfg.terminate(new brisk.lower.ir.IrTerminator.Branch(isSome, ok, none));
        fn.cfg.switchTo(none);
        switch (name) {
            case "unwrap" -> fn.cfg.terminate(new brisk.lower.ir.IrTerminator.Panic(
                    new IrExpr.StringConst("called `Option::unwrap()` on a `None` value"), loc));
            case "expect" -> fn.cfg.terminate(new brisk.lower.ir.IrTerminator.Panic(new IrExpr.VirtualCall(RSTR, "toString",
                    IrSig.of(IrType.JAVA_STRING), false, values.get(1), List.of()), loc));
            default -> {
                fn.cfg.assign(fn.cfg.local(result), values.get(1));
                fn.cfg.gotoBlock(join);
            }
        }
        fn.cfg.switchTo(ok);
        fn.cfg.assign(fn.cfg.local(result), new IrExpr.Read(new brisk.lower.ir.Place.Field(recv,
                brisk.lower.ir.FieldRef.ofVariant(adt.path(), "Some", def.variants().get(some).fieldNames().getFirst(),
                        payload))));
        fn.cfg.gotoBlock(join);
        fn.cfg.switchTo(join);
        return new IrExpr.Read(fn.cfg.local(result));
    }

    /** {@code Vec::pop}: {@code None} when empty, else {@code Some(last)}. */
    private IrExpr pop(SyntaxNode e, IrExpr vec) {
        Ty optionTy = fn.typeOf(e);
        IrType t = fn.types.lower(optionTy, e.textRange());
        if (!(t instanceof IrType.Adt opt) || !(optionTy instanceof Ty.Adt option)) {
            throw new Unsupported("this `pop`", e.textRange());
        }
        IrType element = fn.types.lower(option.args().getFirst(), e.textRange());
        var cfg = fn.cfg;
        int result = cfg.newLocal("$pop", t);
        int empty = cfg.newBlock();
        int some = cfg.newBlock();
        int join = cfg.newBlock();
        cfg.terminate(new brisk.lower.ir.IrTerminator.Branch(new IrExpr.Compare(brisk.lower.ir.CmpOp.EQ, Vecs.len(vec),
                new IrExpr.IntConst(brisk.lower.ir.IntKind.USIZE, 0)), empty, some));
        cfg.switchTo(empty);
        cfg.assign(cfg.local(result), new IrExpr.NewVariant(opt.path(), "None", List.of()));
        cfg.gotoBlock(join);
        cfg.switchTo(some);
        IrExpr last = Vecs.unbox(new IrExpr.VirtualCall(Vecs.RVEC_CLASS, "pop", IrSig.of(Vecs.OBJECT), false, vec,
                List.of()), element);
        cfg.assign(cfg.local(result), new IrExpr.NewVariant(opt.path(), "Some", List.of(last)));
        cfg.gotoBlock(join);
        cfg.switchTo(join);
        return new IrExpr.Read(cfg.local(result));
    }

    /** {@code unwrap}, {@code expect}, {@code is_ok}, {@code is_err} on a Result (Err's Debug in the message). */
    private IrExpr resultMethod(SyntaxNode e, String name, Ty.Adt result, SyntaxNode receiver, List<SyntaxNode> args) {
        var nodes = new ArrayList<SyntaxNode>();
        nodes.add(receiver);
        nodes.addAll(args);
        var values = fn.exprs.operands(nodes);
        IrExpr recv = fn.exprs.stable(values.getFirst());
        if (!(recv.type() instanceof IrType.Adt adt)) {
            throw new Unsupported("this Result", e.textRange());
        }
        var owner = Names.ownerOf(fn.ctx, fn.instance.owner().crate(), result.def());
        var def = fn.ctx.get(brisk.types.TypeQueries.ADT_DEF, owner);
        int ok = -1;
        int err = -1;
        for (int i = 0; i < def.variants().size(); i++) {
            if (def.variants().get(i).name().equals("Ok")) {
                ok = i;
            } else if (def.variants().get(i).name().equals("Err")) {
                err = i;
            }
        }
        IrExpr isOk = new IrExpr.Compare(brisk.lower.ir.CmpOp.EQ, new IrExpr.Tag(recv),
                new IrExpr.IntConst(brisk.lower.ir.IntKind.I32, ok));
        if (name.equals("is_ok")) {
            return fn.exprs.stable(isOk);
        }
        if (name.equals("is_err")) {
            return fn.exprs.stable(new IrExpr.Unary(brisk.lower.ir.UnOp.NOT, isOk, Overflow.CHECKED, null));
        }
        Ty okTy = result.args().get(0);
        Ty errTy = result.args().get(1);
        IrType okIr = fn.types.lower(okTy, e.textRange());
        IrType errIr = fn.types.lower(errTy, e.textRange());
        var nameRef = FnLowering.kid(e, brisk.syntax.SyntaxKind.NAME_REF);
        String loc = fn.location(nameRef == null ? e.textRange().start() : nameRef.textRange().start());
        var cfg = fn.cfg;
        int out = okIr.isVoid() ? -1 : cfg.newLocal("$unwrap", okIr);
        int okBlock = cfg.newBlock();
        int errBlock = cfg.newBlock();
        int join = cfg.newBlock();
        cfg.terminate(new brisk.lower.ir.IrTerminator.Branch(isOk, okBlock, errBlock));
        cfg.switchTo(errBlock);
        var fmt = new Formatting(fn);
        var text = fmt.newString();
        if (name.equals("unwrap")) {
            fmt.pushLiteral(text, "called `Result::unwrap()` on an `Err` value: ");
        } else {
            fn.cfg.eval(new IrExpr.VirtualCall(RSTRING, "pushStr", IrSig.of(IrType.UNIT, TypeLowering.RSTR), false, text,
                    List.of(values.get(1))));
            fmt.pushLiteral(text, ": ");
        }
        if (errIr.isVoid()) {
            fmt.pushLiteral(text, "()");
        } else {
            var errField = def.variants().get(err).fieldNames().getFirst();
            IrExpr errValue = fn.exprs.stable(new IrExpr.Read(new brisk.lower.ir.Place.Field(recv,
                    brisk.lower.ir.FieldRef.ofVariant(adt.path(), "Err", errField, errIr))));
            fmt.debug(text, errValue, errTy, e);
        }
        cfg.terminate(new brisk.lower.ir.IrTerminator.Panic(fmt.toJava(text), loc));
        cfg.switchTo(okBlock);
        if (out >= 0) {
            var okField = def.variants().get(ok).fieldNames().getFirst();
            cfg.assign(cfg.local(out), new IrExpr.Read(new brisk.lower.ir.Place.Field(recv,
                    brisk.lower.ir.FieldRef.ofVariant(adt.path(), "Ok", okField, okIr))));
        }
        cfg.gotoBlock(join);
        cfg.switchTo(join);
        return out < 0 ? new IrExpr.UnitConst() : new IrExpr.Read(cfg.local(out));
    }

    private String containerName(InferenceResult.Callee callee) {
        var owner = callee.fn().owner();
        if (owner.container() == null) {
            return "";
        }
        var item = fn.ctx.get(brisk.items.ItemQueries.ITEM_TREE, owner.container().file()).item(owner.container().index());
        if (item instanceof brisk.items.Item.Impl) {
            var implOwner = Names.ownerOf(fn.ctx, owner.crate(), owner.container());
            var impl = implOwner == null ? null : fn.ctx.get(brisk.types.TypeQueries.IMPL_DEF, implOwner);
            if (impl != null && impl.selfTy() instanceof Ty.Adt a) {
                return a.name();
            }
            if (impl != null && impl.selfTy() instanceof Ty.Prim p) {
                return p.kind().rustName();
            }
            return "?";
        }
        return item.name();
    }
}
