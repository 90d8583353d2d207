package brisk.lower;

import brisk.base.TextRange;
import brisk.lower.ir.ArithOp;
import brisk.lower.ir.CmpOp;
import brisk.lower.ir.FnRef;
import brisk.lower.ir.IntKind;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrFunction;
import brisk.lower.ir.IrSig;
import brisk.lower.ir.IrTerminator;
import brisk.lower.ir.IrType;
import brisk.lower.ir.Overflow;
import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import brisk.types.InferenceResult;
import brisk.types.Ty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Iterators: sources (slices, Vecs, arrays, ranges, a string's chars/bytes/char_indices, std::iter's
 * functions), adapters (runtime {@code RIter}s taking erased closures, see {@link Erased}) and
 * consumers, which are compiled as loops over {@code RIter.next} so each keeps the item type's exact
 * semantics (checked arithmetic of {@code sum}/{@code product} at core's location, {@code max}'s
 * last-of-equals). Items are boxed; their Rust type is derived from the iterator's type
 * ({@link #itemType}). Adapters that build values (enumerate/zip pairs, {@code filter_map}'s Option
 * unwrapping, {@code cloned}) get small synthesized functions lowered here.
 */
final class IterCalls {
    private static final String RITER = Erased.RITER_CLASS;
    private static final String SOURCES = "brisk/runtime/iter/Sources";
    private static final String COLLECT = "brisk/runtime/iter/Collect";
    private static final String CORE = "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/";
    private static final String ACCUM = CORE + "iter/traits/accum.rs:204:1";
    private static final String STEP_BY = CORE + "iter/adapters/step_by.rs:35:9";
    private static final IrSig NEXT = IrSig.of(IrType.OBJECT);
    private static final Set<String> DOUBLE_ENDED_SOURCES = Set.of("Iter", "IterMut", "IntoIter", "Range",
            "RangeInclusive", "Chars", "Bytes", "CharIndices", "Once", "Empty", "Split", "RSplit", "SplitTerminator",
            "SplitWhitespace", "Lines", "ToUppercase", "ToLowercase");
    private static final Set<String> EXACT_SOURCES = Set.of("Iter", "IterMut", "IntoIter", "Range", "Bytes");

    private final FnLowering fn;
    private final CfgBuilder cfg;

    IterCalls(FnLowering fn) {
        this.fn = fn;
        this.cfg = fn.cfg;
    }

    // ----- entry points

    /** An iterator method call, or a method making one; null when {@code e} is neither. */
    IrExpr methodCall(SyntaxNode e, InferenceResult.Callee callee, SyntaxNode receiver, List<SyntaxNode> args) {
        String name = callee.fn().name();
        Ty recvTy = deref(fn.typeOf(receiver));
        if (Erased.isIterator(fn.types, recvTy) || userIterator(recvTy) != null) {
            return iteratorMethod(e, name, recvTy, receiver, args);
        }
        boolean collection = recvTy instanceof Ty.Slice || recvTy instanceof Ty.Array || fn.types.std().is(recvTy, "Vec");
        if (collection && (name.equals("iter") || name.equals("into_iter") || name.equals("iter_mut")) && args.isEmpty()) {
            return fn.exprs.stable(source(fn.exprs.raw(receiver), e));
        }
        if (collection && args.size() == 1) {
            IrExpr done = collectionMethod(e, name, recvTy, receiver, args.getFirst());
            if (done != null) {
                return done;
            }
        }
        boolean str = recvTy instanceof Ty.Prim p && p.kind() == Ty.PrimKind.STR || fn.types.std().is(recvTy, "String");
        if (str && args.isEmpty() && (name.equals("chars") || name.equals("bytes") || name.equals("char_indices"))) {
            IrExpr s = fn.exprs.coerce(fn.exprs.stable(fn.exprs.raw(receiver)), TypeLowering.RSTR, e.textRange());
            if (name.equals("char_indices")) {
                IrExpr pair = pairMaker(new Ty.Tuple(List.of(Ty.prim(Ty.PrimKind.USIZE), Ty.prim(Ty.PrimKind.CHAR))),
                        e.textRange());
                return fn.exprs.stable(new IrExpr.StaticCall(SOURCES, "charIndices",
                        IrSig.of(Erased.RITER, TypeLowering.RSTR, Erased.fnShape(2)), List.of(s, pair)));
            }
            return fn.exprs.stable(new IrExpr.StaticCall(SOURCES, name, IrSig.of(Erased.RITER, TypeLowering.RSTR), List.of(s)));
        }
        if (fn.types.std().is(recvTy, "Vec") && name.equals("extend") && args.size() == 1) {
            IrExpr v = fn.exprs.stable(fn.exprs.raw(receiver));
            IrExpr it = intoIter(args.getFirst());
            cfg.eval(new IrExpr.StaticCall(COLLECT, "extend", IrSig.of(IrType.UNIT, Vecs.RVEC, Erased.RITER), List.of(v, it)));
            return new IrExpr.UnitConst();
        }
        return null;
    }

    /** Vec/slice methods taking a closure or making an iterator of sub-slices; null for others. */
    private IrExpr collectionMethod(SyntaxNode e, String name, Ty recvTy, SyntaxNode receiver, SyntaxNode arg) {
        boolean byCompare = name.equals("sort_by") || name.equals("sort_unstable_by");
        boolean mutating = byCompare || name.equals("retain") || name.equals("sort_by_key")
                || name.equals("sort_unstable_by_key");
        if (!mutating && !name.equals("chunks") && !name.equals("windows")) {
            return null;
        }
        var values = fn.exprs.operands(List.of(receiver, arg));
        IrExpr coll = fn.exprs.stable(values.get(0));
        if (mutating && !(coll.type().equals(Vecs.RVEC) || coll.type().equals(Vecs.RSLICE))) {
            // Arrays are not boxed slices: sorting a copy would lose the result.
            throw new Unsupported("`" + name + "` on arrays", e.textRange());
        }
        var nameRef = FnLowering.kid(e, SyntaxKind.NAME_REF);
        String loc = fn.location(nameRef == null ? e.textRange().start() : nameRef.textRange().start());
        String vecOps = "brisk/runtime/iter/VecOps";
        if (name.equals("retain")) {
            if (!coll.type().equals(Vecs.RVEC)) {
                throw new Unsupported("this `retain`", e.textRange());
            }
            fn.cfg.eval(new IrExpr.StaticCall(vecOps, "retain", IrSig.of(IrType.UNIT, Vecs.RVEC, Erased.fnShape(1)),
                    List.of(coll, values.get(1))));
            return new IrExpr.UnitConst();
        }
        IrExpr slice = fn.exprs.coerce(coll, Vecs.RSLICE, e.textRange());
        if (byCompare) {
            // The comparator answers the Ordering's variant index; the runtime maps it to -1/0/1.
            IrExpr compare = values.get(1);
            Ty.Adt orderingTy = orderingTy(arg);
            IrType.Adt ordering = orderingIr(orderingTy, e);
            IrExpr tagOf = synthFn(List.of(compare), 2, (sub, xs) -> new IrExpr.Box(new IrExpr.Tag(sub.spill(
                    Erased.call(new IrExpr.Read(sub.local(0)), xs, ordering)))));
            fn.cfg.eval(new IrExpr.StaticCall(vecOps, "sortBy",
                    IrSig.of(IrType.UNIT, Vecs.RSLICE, Erased.fnShape(2), IrType.I32, IrType.I32),
                    List.of(slice, tagOf, new IrExpr.IntConst(IntKind.I32, orderingIndex(orderingTy, "Less")),
                            new IrExpr.IntConst(IntKind.I32, orderingIndex(orderingTy, "Greater")))));
            return new IrExpr.UnitConst();
        }
        if (mutating) {
            Ty key = fnResult(arg);
            IrType keyIr = fn.types.lower(key, e.textRange());
            if (!isOrdered(keyIr)) {
                throw new Unsupported("sorting by `" + TypeLowering.describe(key) + "` keys", e.textRange());
            }
            boolean unsigned = keyIr instanceof IrType.Int i && !i.kind().signed();
            fn.cfg.eval(new IrExpr.StaticCall(vecOps, "sortByKey",
                    IrSig.of(IrType.UNIT, Vecs.RSLICE, Erased.fnShape(1), IrType.BOOL),
                    List.of(slice, values.get(1), new IrExpr.BoolConst(unsigned))));
            return new IrExpr.UnitConst();
        }
        return fn.exprs.stable(new IrExpr.StaticCall(vecOps, name,
                IrSig.of(Erased.RITER, Vecs.RSLICE, IrType.USIZE, IrType.JAVA_STRING),
                List.of(slice, values.get(1), new IrExpr.StringConst(loc))));
    }

    /** A std fn making an iterator ({@code std::iter::once} ...), or null. */
    IrExpr call(SyntaxNode e, String name, List<SyntaxNode> args) {
        Ty result = fn.typeOf(e);
        if (!Erased.isIterator(fn.types, result) || !(result instanceof Ty.Adt)) {
            return null;
        }
        var values = fn.exprs.operands(args);
        return switch (name) {
            case "once" -> fn.exprs.stable(new IrExpr.StaticCall(SOURCES, "once", IrSig.of(Erased.RITER, IrType.OBJECT),
                    List.of(Erased.box(values.getFirst()))));
            case "empty" -> fn.exprs.stable(new IrExpr.StaticCall(SOURCES, "empty", IrSig.of(Erased.RITER), List.of()));
            case "repeat" -> {
                Ty item = itemType(result, e.textRange());
                yield fn.exprs.stable(new IrExpr.StaticCall(SOURCES, "repeat",
                        IrSig.of(Erased.RITER, IrType.OBJECT, Erased.fnShape(1)),
                        List.of(Erased.box(values.getFirst()), cloner(item, e.textRange()))));
            }
            case "successors" -> {
                Ty item = itemType(result, e.textRange());
                IrExpr first = optionToItem(values.getFirst(), option(item), e.textRange());
                IrExpr succ = mapOption(values.get(1), option(item), e.textRange());
                yield fn.exprs.stable(new IrExpr.StaticCall(SOURCES, "successors",
                        IrSig.of(Erased.RITER, IrType.OBJECT, Erased.fnShape(1)), List.of(first, succ)));
            }
            default -> null;
        };
    }

    /** {@code a..b} / {@code a..=b} / {@code a..} as a value: an integer range iterator. */
    IrExpr range(SyntaxNode e) {
        var bounds = e.children();
        boolean inclusive = brisk.items.Nodes.hasToken(e, SyntaxKind.DOT2EQ);
        var values = fn.exprs.operands(bounds);
        if (values.isEmpty() || !(values.getFirst().type() instanceof IrType.Int it)
                || bounds.getFirst().textRange().start() > dots(e)) {
            throw new Unsupported("this range", e.textRange());
        }
        boolean isLong = it.kind().isLong();
        IrType raw = isLong ? IrType.I64 : IrType.I32;
        if (values.size() == 1) {
            if (isLong) {
                throw new Unsupported("open ranges of 64-bit integers", e.textRange());
            }
            long max = switch (it.kind()) {
                case I8 -> Byte.MAX_VALUE;
                case I16 -> Short.MAX_VALUE;
                case I32 -> Integer.MAX_VALUE;
                case U8 -> 255;
                case U16 -> 65535;
                default -> -1;
            };
            if (max < 0) {
                throw new Unsupported("open ranges of this type", e.textRange());
            }
            return fn.exprs.stable(new IrExpr.StaticCall(SOURCES, "rangeFromInt",
                    IrSig.of(Erased.RITER, IrType.I32, IrType.I32, IrType.JAVA_STRING),
                    List.of(cast(values.getFirst(), raw), new IrExpr.IntConst(IntKind.I32, max),
                            new IrExpr.StringConst(CORE + "iter/range.rs:434:1"))));
        }
        return fn.exprs.stable(new IrExpr.StaticCall(SOURCES, isLong ? "rangeLong" : "rangeInt",
                IrSig.of(Erased.RITER, raw, raw, IrType.BOOL, IrType.BOOL),
                List.of(cast(values.get(0), raw), cast(values.get(1), raw), new IrExpr.BoolConst(inclusive),
                        new IrExpr.BoolConst(!it.kind().signed()))));
    }

    private static int dots(SyntaxNode range) {
        for (var el : range.childrenWithTokens()) {
            if (el instanceof brisk.syntax.SyntaxToken t && (t.kind() == SyntaxKind.DOT2 || t.kind() == SyntaxKind.DOT2EQ)) {
                return t.textRange().start();
            }
        }
        return range.textRange().start();
    }

    /** {@code for pat in iter { body }} over any iterator. */
    IrExpr forLoop(SyntaxNode label, SyntaxNode pat, SyntaxNode iterable, SyntaxNode body) {
        Ty item = itemType(deref(fn.typeOf(iterable)), iterable.textRange());
        IrType itemIr = fn.types.lower(item, iterable.textRange());
        IrExpr it = asIter(fn.exprs.stable(fn.exprs.value(iterable)), fn.typeOf(iterable), iterable.textRange());
        int head = cfg.newBlock();
        int bodyBlock = cfg.newBlock();
        int exit = cfg.newBlock();
        cfg.gotoBlock(head);
        cfg.switchTo(head);
        IrExpr x = cfg.spill(next(it));
        cfg.terminate(new IrTerminator.Branch(isDone(x), exit, bodyBlock));
        cfg.switchTo(bodyBlock);
        new Patterns(fn).bindIrrefutable(pat, fn.exprs.stable(Erased.unbox(x, itemIr)));
        fn.loops.push(new FnLowering.Loop(label == null ? null : ExprLowering.labelName(label), exit, head, -1));
        fn.exprs.effect(body);
        fn.loops.pop();
        cfg.gotoBlock(head);
        cfg.switchTo(exit);
        return new IrExpr.UnitConst();
    }

    // ----- iterator methods

    private IrExpr iteratorMethod(SyntaxNode e, String name, Ty iterTy, SyntaxNode receiver, List<SyntaxNode> args) {
        TextRange at = e.textRange();
        Ty item = itemType(iterTy, at);
        IrType itemIr = fn.types.lower(item, at);
        var nodes = new ArrayList<SyntaxNode>();
        nodes.add(receiver);
        nodes.addAll(args);
        var values = fn.exprs.operands(nodes);
        IrExpr it = asIter(fn.exprs.stable(values.getFirst()), iterTy, at);
        if (!it.type().equals(Erased.RITER)) {
            throw new Unsupported("this iterator", at);
        }
        var rest = values.subList(1, values.size());
        return switch (name) {
            case "into_iter", "by_ref", "iter" -> it;
            case "map", "filter", "take_while", "skip_while", "inspect" -> adapter(name.equals("take_while") ? "takeWhile"
                    : name.equals("skip_while") ? "skipWhile" : name, it, rest.getFirst());
            case "filter_map" -> adapter("filterMap", it, mapOption(rest.getFirst(), fnResult(args.getFirst()), at));
            case "flat_map" -> adapter("flatMap", it, mapIntoIter(rest.getFirst(), fnResult(args.getFirst()), at));
            case "flatten" -> adapter("flatMap", it, mapIntoIter(null, item, at));
            case "enumerate" -> {
                if (!(fn.typeOf(e) instanceof Ty.Adt)) {
                    throw new Unsupported("this enumerate", at);
                }
                IrExpr pair = pairMaker(new Ty.Tuple(List.of(Ty.prim(Ty.PrimKind.USIZE), item)), at);
                yield virtual("enumerate", Erased.RITER, it, List.of(Erased.fnShape(2)), List.of(pair));
            }
            case "zip" -> {
                IrExpr other = intoIter(args.getFirst(), rest.getFirst());
                Ty otherItem = intoIterItem(fn.typeOf(args.getFirst()), at);
                IrExpr pair = pairMaker(new Ty.Tuple(List.of(item, otherItem)), at);
                yield virtual("zip", Erased.RITER, it, List.of(Erased.RITER, Erased.fnShape(2)), List.of(other, pair));
            }
            case "chain" -> virtual("chain", Erased.RITER, it, List.of(Erased.RITER),
                    List.of(intoIter(args.getFirst(), rest.getFirst())));
            case "take", "skip" -> virtual(name, Erased.RITER, it, List.of(IrType.USIZE), List.of(rest.getFirst()));
            case "step_by" -> virtual("stepBy", Erased.RITER, it, List.of(IrType.USIZE, IrType.JAVA_STRING),
                    List.of(rest.getFirst(), new IrExpr.StringConst(STEP_BY)));
            case "rev" -> {
                if (!doubleEnded(iterTy)) {
                    throw new Unsupported("`rev` of this iterator", at);
                }
                yield virtual("rev", Erased.RITER, it, List.of(), List.of());
            }
            case "peekable" -> virtual("peekable", Erased.RITER, it, List.of(), List.of());
            case "cloned", "copied" -> {
                Ty owned = derefOnce(item);
                IrType ownedIr = fn.types.lower(owned, at);
                if (isPlainValue(ownedIr)) {
                    yield it;
                }
                yield adapter("map", it, cloner(owned, at));
            }
            case "next" -> someOrNone(e, next(it), itemIr);
            case "peek" -> {
                IrExpr peekable = new IrExpr.Unbox(new IrExpr.Box(it), new IrType.Obj(Erased.PEEKABLE_CLASS));
                yield someOrNone(e, new IrExpr.VirtualCall(Erased.PEEKABLE_CLASS, "peek", NEXT, false, peekable,
                        List.of()), itemIr);
            }
            case "nth" -> someOrNone(e, new IrExpr.VirtualCall(RITER, "nth", IrSig.of(IrType.OBJECT, IrType.USIZE), false,
                    it, List.of(rest.getFirst())), itemIr);
            case "count" -> count(it);
            case "last" -> last(e, it, itemIr);
            case "sum", "product" -> accumulate(e, it, name.equals("sum") ? ArithOp.ADD : ArithOp.MUL);
            case "fold" -> fold(e, it, rest.get(0), rest.get(1), itemIr);
            case "for_each" -> {
                IrExpr f = rest.getFirst();
                forEach(it, (x, exit) -> cfg.eval(Erased.call(f, List.of(x), IrType.UNIT)));
                yield new IrExpr.UnitConst();
            }
            case "any", "all" -> anyAll(it, rest.getFirst(), name.equals("any"));
            case "find" -> find(e, it, rest.getFirst(), itemIr);
            case "position" -> position(e, it, rest.getFirst());
            case "max", "min" -> extreme(e, it, itemIr, item, null, null, name.equals("max"));
            case "max_by_key", "min_by_key" -> {
                Ty key = fnResult(args.getFirst());
                yield extreme(e, it, itemIr, item, rest.getFirst(), key, name.startsWith("max"));
            }
            case "max_by", "min_by" -> extremeBy(e, it, itemIr, rest.getFirst(), args.getFirst(), name.equals("max_by"));
            case "collect" -> collect(e, it);
            case "partition" -> partition(e, it, rest.getFirst());
            default -> throw new Unsupported("the iterator method `" + name + "`", at);
        };
    }

    private IrExpr adapter(String method, IrExpr it, IrExpr f) {
        return virtual(method, Erased.RITER, it, List.of(Erased.fnShape(1)), List.of(f));
    }

    private IrExpr virtual(String method, IrType result, IrExpr receiver, List<IrType> params, List<IrExpr> args) {
        return fn.exprs.stable(new IrExpr.VirtualCall(RITER, method, new IrSig(params, result), false, receiver, args));
    }

    // ----- consumers

    private static IrExpr next(IrExpr it) {
        return new IrExpr.VirtualCall(RITER, "next", NEXT, false, it, List.of());
    }

    private static IrExpr isDone(IrExpr x) {
        return new IrExpr.StaticCall(RITER, "isDone", IrSig.of(IrType.BOOL, IrType.OBJECT), List.of(x));
    }

    /**
     * Emits {@code while let Some(x) = it.next() { body(x) }}: {@code body} gets the boxed item (a
     * stable expression) and the exit block, which it may jump to; code continues after the loop.
     */
    private void forEach(IrExpr it, BiConsumer<IrExpr, Integer> body) {
        int head = cfg.newBlock();
        int bodyBlock = cfg.newBlock();
        int exit = cfg.newBlock();
        cfg.gotoBlock(head);
        cfg.switchTo(head);
        IrExpr x = cfg.spill(next(it));
        cfg.terminate(new IrTerminator.Branch(isDone(x), exit, bodyBlock));
        cfg.switchTo(bodyBlock);
        body.accept(x, exit);
        if (!cfg.terminated()) {
            cfg.gotoBlock(head);
        }
        cfg.switchTo(exit);
    }

    /** The Option of the expression {@code e}'s type: None for {@code DONE}, else Some of the unboxed item. */
    private IrExpr someOrNone(SyntaxNode e, IrExpr boxed, IrType itemIr) {
        if (!(fn.irTypeOf(e) instanceof IrType.Adt opt)) {
            throw new Unsupported("this Option", e.textRange());
        }
        IrExpr x = cfg.spill(boxed);
        int result = cfg.newLocal("$opt", opt);
        int none = cfg.newBlock();
        int some = cfg.newBlock();
        int join = cfg.newBlock();
        cfg.terminate(new IrTerminator.Branch(isDone(x), none, some));
        cfg.switchTo(none);
        cfg.assign(cfg.local(result), new IrExpr.NewVariant(opt.path(), "None", List.of()));
        cfg.gotoBlock(join);
        cfg.switchTo(some);
        cfg.assign(cfg.local(result), new IrExpr.NewVariant(opt.path(), "Some", payload(Erased.unbox(x, itemIr))));
        cfg.gotoBlock(join);
        cfg.switchTo(join);
        return new IrExpr.Read(cfg.local(result));
    }

    private static List<IrExpr> payload(IrExpr v) {
        return v.type().isVoid() ? List.of() : List.of(v);
    }

    private IrExpr count(IrExpr it) {
        int n = cfg.newLocal("$count", IrType.USIZE);
        cfg.assign(cfg.local(n), new IrExpr.IntConst(IntKind.USIZE, 0));
        forEach(it, (x, exit) -> cfg.assign(cfg.local(n), new IrExpr.Arith(ArithOp.ADD, IrType.USIZE,
                new IrExpr.Read(cfg.local(n)), new IrExpr.IntConst(IntKind.USIZE, 1), Overflow.WRAPPING, null)));
        return new IrExpr.Read(cfg.local(n));
    }

    private IrExpr last(SyntaxNode e, IrExpr it, IrType itemIr) {
        int last = cfg.newLocal("$last", IrType.OBJECT);
        cfg.assign(cfg.local(last), new IrExpr.StaticCall(RITER, "done", NEXT, List.of()));
        forEach(it, (x, exit) -> cfg.assign(cfg.local(last), x));
        return someOrNone(e, new IrExpr.Read(cfg.local(last)), itemIr);
    }

    private IrExpr accumulate(SyntaxNode e, IrExpr it, ArithOp op) {
        IrType t = fn.irTypeOf(e);
        IrExpr init = switch (t) {
            case IrType.Int i -> new IrExpr.IntConst(i.kind(), op == ArithOp.ADD ? 0 : 1);
            case IrType.Float64 _ -> new IrExpr.F64Const(op == ArithOp.ADD ? -0.0 : 1.0);
            case IrType.Float32 _ -> new IrExpr.F32Const(op == ArithOp.ADD ? -0.0f : 1.0f);
            default -> throw new Unsupported("`sum`/`product` into this type", e.textRange());
        };
        int acc = cfg.newLocal("$acc", t);
        cfg.assign(cfg.local(acc), init);
        forEach(it, (x, exit) -> cfg.assign(cfg.local(acc), new IrExpr.Arith(op, t, new IrExpr.Read(cfg.local(acc)),
                Erased.unbox(x, t), Overflow.CHECKED, ACCUM)));
        return new IrExpr.Read(cfg.local(acc));
    }

    private IrExpr fold(SyntaxNode e, IrExpr it, IrExpr init, IrExpr f, IrType itemIr) {
        IrType t = fn.irTypeOf(e);
        if (t.isVoid()) {
            forEach(it, (x, exit) -> cfg.eval(Erased.call(f, List.of(new IrExpr.Box(new IrExpr.UnitConst()), x), t)));
            return new IrExpr.UnitConst();
        }
        int acc = cfg.newLocal("$acc", t);
        cfg.assign(cfg.local(acc), init);
        forEach(it, (x, exit) -> cfg.assign(cfg.local(acc),
                Erased.call(f, List.of(new IrExpr.Read(cfg.local(acc)), x), t)));
        return new IrExpr.Read(cfg.local(acc));
    }

    private IrExpr anyAll(IrExpr it, IrExpr f, boolean any) {
        int result = cfg.newLocal("$found", IrType.BOOL);
        cfg.assign(cfg.local(result), new IrExpr.BoolConst(!any));
        forEach(it, (x, exit) -> {
            IrExpr hit = cfg.spill(Erased.call(f, List.of(x), IrType.BOOL));
            int stop = cfg.newBlock();
            int go = cfg.newBlock();
            cfg.terminate(any ? new IrTerminator.Branch(hit, stop, go) : new IrTerminator.Branch(hit, go, stop));
            cfg.switchTo(stop);
            cfg.assign(cfg.local(result), new IrExpr.BoolConst(any));
            cfg.gotoBlock(exit);
            cfg.switchTo(go);
        });
        return new IrExpr.Read(cfg.local(result));
    }

    private IrExpr find(SyntaxNode e, IrExpr it, IrExpr p, IrType itemIr) {
        int found = cfg.newLocal("$found", IrType.OBJECT);
        cfg.assign(cfg.local(found), new IrExpr.StaticCall(RITER, "done", NEXT, List.of()));
        forEach(it, (x, exit) -> {
            IrExpr hit = cfg.spill(Erased.call(p, List.of(x), IrType.BOOL));
            int stop = cfg.newBlock();
            int go = cfg.newBlock();
            cfg.terminate(new IrTerminator.Branch(hit, stop, go));
            cfg.switchTo(stop);
            cfg.assign(cfg.local(found), x);
            cfg.gotoBlock(exit);
            cfg.switchTo(go);
        });
        return someOrNone(e, new IrExpr.Read(cfg.local(found)), itemIr);
    }

    private IrExpr position(SyntaxNode e, IrExpr it, IrExpr p) {
        if (!(fn.irTypeOf(e) instanceof IrType.Adt opt)) {
            throw new Unsupported("this Option", e.textRange());
        }
        int index = cfg.newLocal("$i", IrType.USIZE);
        int result = cfg.newLocal("$pos", opt);
        cfg.assign(cfg.local(index), new IrExpr.IntConst(IntKind.USIZE, 0));
        cfg.assign(cfg.local(result), new IrExpr.NewVariant(opt.path(), "None", List.of()));
        forEach(it, (x, exit) -> {
            IrExpr hit = cfg.spill(Erased.call(p, List.of(x), IrType.BOOL));
            int stop = cfg.newBlock();
            int go = cfg.newBlock();
            cfg.terminate(new IrTerminator.Branch(hit, stop, go));
            cfg.switchTo(stop);
            cfg.assign(cfg.local(result), new IrExpr.NewVariant(opt.path(), "Some", List.of(new IrExpr.Read(cfg.local(index)))));
            cfg.gotoBlock(exit);
            cfg.switchTo(go);
            cfg.assign(cfg.local(index), new IrExpr.Arith(ArithOp.ADD, IrType.USIZE, new IrExpr.Read(cfg.local(index)),
                    new IrExpr.IntConst(IntKind.USIZE, 1), Overflow.WRAPPING, null));
        });
        return new IrExpr.Read(cfg.local(result));
    }

    /**
     * {@code max}/{@code min} (and {@code _by_key}): std folds with {@code cmp::max_by}, which keeps
     * the later of equal items, and {@code cmp::min_by}, which keeps the earlier.
     */
    private IrExpr extreme(SyntaxNode e, IrExpr it, IrType itemIr, Ty item, IrExpr keyFn, Ty keyTy, boolean max) {
        Ty compared = keyFn == null ? item : keyTy;
        IrType cmpIr = fn.types.lower(compared, e.textRange());
        if (!isOrdered(cmpIr)) {
            throw new Unsupported("`" + (max ? "max" : "min") + "` of `" + TypeLowering.describe(compared) + "` items",
                    e.textRange());
        }
        int best = cfg.newLocal("$best", IrType.OBJECT);
        int bestKey = cfg.newLocal("$key", cmpIr);
        // The first item starts the fold (so the key local is assigned before any comparison reads it).
        cfg.assign(cfg.local(best), next(it));
        int first = cfg.newBlock();
        int done = cfg.newBlock();
        cfg.terminate(new IrTerminator.Branch(isDone(new IrExpr.Read(cfg.local(best))), done, first));
        cfg.switchTo(first);
        IrExpr firstItem = new IrExpr.Read(cfg.local(best));
        cfg.assign(cfg.local(bestKey), keyFn == null ? Erased.unbox(firstItem, cmpIr)
                : Erased.call(keyFn, List.of(firstItem), cmpIr));
        forEach(it, (x, exit) -> {
            IrExpr k = cfg.spill(keyFn == null ? Erased.unbox(x, cmpIr) : Erased.call(keyFn, List.of(x), cmpIr));
            int take = cfg.newBlock();
            int skip = cfg.newBlock();
            // max keeps the new item unless it is less; min takes it only when it is less.
            IrExpr newLess = less(k, new IrExpr.Read(cfg.local(bestKey)));
            cfg.terminate(max ? new IrTerminator.Branch(newLess, skip, take) : new IrTerminator.Branch(newLess, take, skip));
            cfg.switchTo(take);
            cfg.assign(cfg.local(best), x);
            cfg.assign(cfg.local(bestKey), k);
            cfg.gotoBlock(skip);
            cfg.switchTo(skip);
        });
        cfg.gotoBlock(done);
        cfg.switchTo(done);
        return someOrNone(e, new IrExpr.Read(cfg.local(best)), itemIr);
    }

    /**
     * {@code max_by}/{@code min_by}: std folds with {@code cmp::max_by(acc, new, compare)} (the new item
     * unless {@code compare(acc, new)} is Greater) and {@code cmp::min_by} (the new item only then).
     */
    private IrExpr extremeBy(SyntaxNode e, IrExpr it, IrType itemIr, IrExpr compare, SyntaxNode compareNode,
                             boolean max) {
        Ty.Adt ordering = orderingTy(compareNode);
        int best = cfg.newLocal("$best", IrType.OBJECT);
        cfg.assign(cfg.local(best), next(it));
        int first = cfg.newBlock();
        int done = cfg.newBlock();
        cfg.terminate(new IrTerminator.Branch(isDone(new IrExpr.Read(cfg.local(best))), done, first));
        cfg.switchTo(first);
        forEach(it, (x, exit) -> {
            IrExpr greater = isGreater(ordering, Erased.call(compare, List.of(new IrExpr.Read(cfg.local(best)), x),
                    orderingIr(ordering, e)));
            int take = cfg.newBlock();
            int skip = cfg.newBlock();
            cfg.terminate(max ? new IrTerminator.Branch(greater, skip, take) : new IrTerminator.Branch(greater, take, skip));
            cfg.switchTo(take);
            cfg.assign(cfg.local(best), x);
            cfg.gotoBlock(skip);
            cfg.switchTo(skip);
        });
        cfg.gotoBlock(done);
        cfg.switchTo(done);
        return someOrNone(e, new IrExpr.Read(cfg.local(best)), itemIr);
    }

    /** The {@code Ordering} type a comparator closure returns. */
    private Ty.Adt orderingTy(SyntaxNode compareNode) {
        if (!(fnResult(compareNode) instanceof Ty.Adt a) || !a.name().equals("Ordering") || !fn.types.isStd(a)) {
            throw new Unsupported("this comparator", compareNode.textRange());
        }
        return a;
    }

    private IrType.Adt orderingIr(Ty.Adt ordering, SyntaxNode e) {
        if (!(fn.types.lower(ordering, e.textRange()) instanceof IrType.Adt a)) {
            throw new Unsupported("`Ordering` values", e.textRange());
        }
        return a;
    }

    private int orderingIndex(Ty.Adt ordering, String variant) {
        var def = fn.ctx.get(brisk.types.TypeQueries.ADT_DEF,
                Names.ownerOf(fn.ctx, fn.instance.owner().crate(), ordering.def()));
        for (int i = 0; i < def.variants().size(); i++) {
            if (def.variants().get(i).name().equals(variant)) {
                return i;
            }
        }
        throw new IllegalStateException("Ordering has no " + variant);
    }

    /** Whether an {@code Ordering} value is {@code Greater}. */
    private IrExpr isGreater(Ty.Adt orderingTy, IrExpr ordering) {
        return new IrExpr.Compare(CmpOp.EQ, new IrExpr.Tag(cfg.spill(ordering)),
                new IrExpr.IntConst(IntKind.I32, orderingIndex(orderingTy, "Greater")));
    }

    private static boolean isOrdered(IrType t) {
        return t instanceof IrType.Int || t instanceof IrType.Char || t instanceof IrType.Bool
                || t.equals(TypeLowering.RSTR) || t.equals(TypeLowering.RSTRING);
    }

    private static IrExpr less(IrExpr a, IrExpr b) {
        if (a.type().equals(TypeLowering.RSTR) || a.type().equals(TypeLowering.RSTRING)) {
            String owner = ((IrType.Obj) a.type()).internalName();
            IrExpr c = new IrExpr.VirtualCall(owner, "compareTo", IrSig.of(IrType.I32, a.type()), false, a, List.of(b));
            return new IrExpr.Compare(CmpOp.LT, c, new IrExpr.IntConst(IntKind.I32, 0));
        }
        return new IrExpr.Compare(CmpOp.LT, a, b);
    }

    private IrExpr partition(SyntaxNode e, IrExpr it, IrExpr p) {
        if (!(fn.typeOf(e) instanceof Ty.Tuple pair) || pair.elements().size() != 2
                || !fn.types.std().is(pair.elements().get(0), "Vec")) {
            throw new Unsupported("`partition` into this type", e.textRange());
        }
        fn.irTypeOf(e);
        IrExpr left = fn.exprs.stable(Vecs.newVec(0));
        IrExpr right = fn.exprs.stable(Vecs.newVec(0));
        IrSig push = IrSig.of(IrType.UNIT, IrType.OBJECT);
        forEach(it, (x, exit) -> {
            IrExpr hit = cfg.spill(Erased.call(p, List.of(x), IrType.BOOL));
            int yes = cfg.newBlock();
            int no = cfg.newBlock();
            int join = cfg.newBlock();
            cfg.terminate(new IrTerminator.Branch(hit, yes, no));
            cfg.switchTo(yes);
            cfg.eval(new IrExpr.VirtualCall(Vecs.RVEC_CLASS, "push", push, false, left, List.of(x)));
            cfg.gotoBlock(join);
            cfg.switchTo(no);
            cfg.eval(new IrExpr.VirtualCall(Vecs.RVEC_CLASS, "push", push, false, right, List.of(x)));
            cfg.gotoBlock(join);
            cfg.switchTo(join);
        });
        return fn.exprs.stable(new IrExpr.NewTuple(List.of(left, right)));
    }

    private IrExpr collect(SyntaxNode e, IrExpr it) {
        Ty target = fn.typeOf(e);
        IrType t = fn.irTypeOf(e);
        if (fn.types.std().is(target, "Vec")) {
            return fn.exprs.stable(new IrExpr.StaticCall(COLLECT, "vec", IrSig.of(Vecs.RVEC, Erased.RITER), List.of(it)));
        }
        if (fn.types.std().is(target, "String")) {
            return fn.exprs.stable(new IrExpr.StaticCall(COLLECT, "string", IrSig.of(t, Erased.RITER), List.of(it)));
        }
        throw new Unsupported("`collect` into `" + TypeLowering.describe(target) + "`", e.textRange());
    }

    // ----- sources and conversions

    /** {@code iter()}/{@code into_iter()} of a Vec, slice or array value. */
    private IrExpr source(IrExpr coll, SyntaxNode at) {
        if (coll.type() instanceof IrType.Array) {
            coll = fn.exprs.coerce(fn.exprs.stable(coll), Vecs.RSLICE, at.textRange());
        }
        if (coll.type().equals(Vecs.RVEC)) {
            return new IrExpr.StaticCall(SOURCES, "vec", IrSig.of(Erased.RITER, Vecs.RVEC), List.of(coll));
        }
        if (coll.type().equals(Vecs.RSLICE)) {
            return new IrExpr.StaticCall(SOURCES, "slice", IrSig.of(Erased.RITER, Vecs.RSLICE), List.of(coll));
        }
        throw new Unsupported("iterating this collection", at.textRange());
    }

    /** An {@code IntoIterator} argument (an iterator, Vec, slice or array, or a reference to one) as an RIter. */
    private IrExpr intoIter(SyntaxNode node) {
        return intoIter(node, fn.exprs.value(node));
    }

    private IrExpr intoIter(SyntaxNode node, IrExpr value) {
        Ty t = deref(fn.typeOf(node));
        if (Erased.isIterator(fn.types, t) || userIterator(t) != null) {
            return asIter(value, t, node.textRange());
        }
        return fn.exprs.stable(source(value, node));
    }

    private Ty intoIterItem(Ty t, TextRange at) {
        boolean ref = t instanceof Ty.Ref;
        Ty base = deref(t);
        if (Erased.isIterator(fn.types, base) || userIterator(base) != null) {
            return itemType(base, at);
        }
        Ty element = fn.types.elementType(base);
        if (element == null) {
            throw new Unsupported("iterating `" + TypeLowering.describe(t) + "`", at);
        }
        return ref ? new Ty.Ref(element, false) : element;
    }

    /** A closure turning a boxed value of IntoIterator type {@code u} (after {@code f}, if any) into an RIter. */
    private IrExpr mapIntoIter(IrExpr f, Ty u, TextRange at) {
        IrType uIr = fn.types.lower(u, at);
        Ty base = deref(u);
        boolean iterator = Erased.isIterator(fn.types, base);
        if (!iterator && fn.types.elementType(base) == null) {
            throw new Unsupported("flattening `" + TypeLowering.describe(u) + "`", at);
        }
        return synth(f, (cfg, x) -> {
            IrExpr v = cfg.spill(Erased.unbox(f == null ? x : Erased.call(new IrExpr.Read(cfg.local(0)), List.of(x),
                    IrType.OBJECT), uIr));
            if (iterator) {
                return v;
            }
            if (v.type().equals(Vecs.RVEC)) {
                return new IrExpr.StaticCall(SOURCES, "vec", IrSig.of(Erased.RITER, Vecs.RVEC), List.of(v));
            }
            if (v.type().equals(Vecs.RSLICE)) {
                return new IrExpr.StaticCall(SOURCES, "slice", IrSig.of(Erased.RITER, Vecs.RSLICE), List.of(v));
            }
            throw new Unsupported("flattening `" + TypeLowering.describe(u) + "`", at);
        });
    }

    /** A closure calling {@code f} and turning its Option result into an item or {@code DONE}. */
    private IrExpr mapOption(IrExpr f, Ty optionTy, TextRange at) {
        IrType optIr = fn.types.lower(optionTy, at);
        if (!(optIr instanceof IrType.Adt opt) || !(optionTy instanceof Ty.Adt optAdt) || !fn.types.std().is(optAdt, "Option")) {
            throw new Unsupported("this closure's result", at);
        }
        IrType payloadIr = fn.types.lower(optAdt.args().getFirst(), at);
        return synth(f, (cfg, x) -> {
            IrExpr o = cfg.spill(Erased.call(new IrExpr.Read(cfg.local(0)), List.of(x), opt));
            return unwrapOrDone(cfg, o, opt, payloadIr);
        });
    }

    /** An {@code Option<T>} value as a boxed item or {@code DONE}, in the current fn. */
    private IrExpr optionToItem(IrExpr option, Ty optionTy, TextRange at) {
        if (!(option.type() instanceof IrType.Adt opt) || !(optionTy instanceof Ty.Adt optAdt)) {
            throw new Unsupported("this Option", at);
        }
        IrType payloadIr = fn.types.lower(optAdt.args().getFirst(), at);
        return unwrapOrDone(cfg, cfg.spill(option), opt, payloadIr);
    }

    private IrExpr unwrapOrDone(CfgBuilder cfg, IrExpr o, IrType.Adt opt, IrType payloadIr) {
        int result = cfg.newLocal("$item", IrType.OBJECT);
        int some = cfg.newBlock();
        int none = cfg.newBlock();
        int join = cfg.newBlock();
        cfg.terminate(new IrTerminator.Branch(new IrExpr.Compare(CmpOp.EQ, new IrExpr.Tag(o),
                new IrExpr.IntConst(IntKind.I32, variantIndex(opt, "Some"))), some, none));
        cfg.switchTo(some);
        IrExpr value = payloadIr.isVoid() ? new IrExpr.UnitConst() : new IrExpr.Read(new brisk.lower.ir.Place.Field(o,
                brisk.lower.ir.FieldRef.ofVariant(opt.path(), "Some", "0", payloadIr)));
        cfg.assign(cfg.local(result), Erased.box(value));
        cfg.gotoBlock(join);
        cfg.switchTo(none);
        cfg.assign(cfg.local(result), new IrExpr.StaticCall(RITER, "done", NEXT, List.of()));
        cfg.gotoBlock(join);
        cfg.switchTo(join);
        return new IrExpr.Read(cfg.local(result));
    }

    private int variantIndex(IrType.Adt opt, String variant) {
        Ty.Adt option = optionAdt();
        var owner = Names.ownerOf(fn.ctx, fn.instance.owner().crate(), option.def());
        var def = fn.ctx.get(brisk.types.TypeQueries.ADT_DEF, owner);
        for (int i = 0; i < def.variants().size(); i++) {
            if (def.variants().get(i).name().equals(variant)) {
                return i;
            }
        }
        throw new Unsupported("this Option", TextRange.at(0));
    }

    private Ty.Adt optionAdt() {
        return new Ty.Adt(fn.types.std().get("Option"), "Option", List.of(Ty.UNIT));
    }

    private Ty option(Ty item) {
        return new Ty.Adt(fn.types.std().get("Option"), "Option", List.of(item));
    }

    /** A closure building the tuple {@code pairTy} from two boxed elements. */
    private IrExpr pairMaker(Ty.Tuple pairTy, TextRange at) {
        IrType t = fn.types.lower(pairTy, at);
        if (!(t instanceof IrType.Tuple tuple) || tuple.elements().size() != 2) {
            throw new Unsupported("pairs of these items", at);
        }
        return synthFn(List.of(), 2, (cfg, args) -> new IrExpr.Box(new IrExpr.NewTuple(List.of(
                Erased.unbox(args.get(0), tuple.elements().get(0)), Erased.unbox(args.get(1), tuple.elements().get(1))))));
    }

    /** A closure returning a clone of a boxed {@code owned} value. */
    private IrExpr cloner(Ty owned, TextRange at) {
        IrType t = fn.types.lower(owned, at);
        if (isPlainValue(t)) {
            return synthFn(List.of(), 1, (cfg, args) -> args.getFirst());
        }
        if (t.equals(TypeLowering.RSTRING)) {
            return synthFn(List.of(), 1, (cfg, args) -> new IrExpr.VirtualCall(StdCalls.RSTRING, "copy",
                    IrSig.of(TypeLowering.RSTRING), false, Erased.unbox(args.getFirst(), t), List.of()));
        }
        if ((t instanceof IrType.Adt || t instanceof IrType.Tuple) && fn.types.isCopy(owned)) {
            return synthFn(List.of(), 1, (cfg, args) -> new IrExpr.Box(new IrExpr.Copy(Erased.unbox(args.getFirst(), t))));
        }
        throw new Unsupported("cloning `" + TypeLowering.describe(owned) + "` items", at);
    }

    /** Scalars and {@code &str}: a copy is the boxed value itself. */
    private static boolean isPlainValue(IrType t) {
        return t instanceof IrType.Int || t instanceof IrType.Char || t instanceof IrType.Bool
                || t instanceof IrType.Float32 || t instanceof IrType.Float64 || t.equals(TypeLowering.RSTR);
    }

    /** A one-parameter erased function capturing {@code f} (if not null) as its local 0. */
    private IrExpr synth(IrExpr f, java.util.function.BiFunction<CfgBuilder, IrExpr, IrExpr> body) {
        List<IrExpr> captures = f == null ? List.of() : List.of(f);
        return synthFn(captures, 1, (cfg, args) -> body.apply(cfg, args.getFirst()));
    }

    /**
     * A function of the erased calling convention ({@code captures}, then {@code arity} Objects →
     * Object) whose body is {@code body}, made into a callable value binding {@code captures}.
     */
    private IrExpr synthFn(List<IrExpr> captures, int arity,
                           java.util.function.BiFunction<CfgBuilder, List<IrExpr>, IrExpr> body) {
        var sub = new CfgBuilder();
        var params = new ArrayList<IrType>();
        for (IrExpr c : captures) {
            sub.newLocal("$cap", c.type());
            params.add(c.type());
        }
        var args = new ArrayList<IrExpr>();
        for (int i = 0; i < arity; i++) {
            int local = sub.newLocal("$arg" + i, IrType.OBJECT);
            args.add(new IrExpr.Read(sub.local(local)));
            params.add(IrType.OBJECT);
        }
        IrExpr result = body.apply(sub, args);
        if (!sub.terminated()) {
            sub.terminate(new IrTerminator.Return(Erased.box(result)));
        }
        var module = Names.modulePath(fn.ctx, fn.instance.owner().crate(), fn.instance.owner().module());
        String name = Names.fnName(fn.ctx, fn.instance) + "$iter" + fn.closureFns.size();
        var sig = new IrSig(params, IrType.OBJECT);
        fn.closureFns.add(new IrFunction(module, name, sig, sub.locals(), sub.blocks()));
        return fn.exprs.stable(new IrExpr.MakeFn(new FnRef(module, name, sig), captures.stream().map(fn.exprs::stable)
                .toList()));
    }

    private static IrExpr cast(IrExpr v, IrType raw) {
        return v.type().equals(raw) ? v : new IrExpr.Cast(v, raw);
    }

    // ----- item types

    static Ty deref(Ty t) {
        while (t instanceof Ty.Ref r) {
            t = r.inner();
        }
        return t;
    }

    private static Ty derefOnce(Ty t) {
        return t instanceof Ty.Ref r ? r.inner() : t;
    }

    private Ty fnResult(SyntaxNode closureArg) {
        return switch (deref(fn.typeOf(closureArg))) {
            case Ty.Closure c -> c.ret();
            case Ty.FnDef f -> f.ret();
            case Ty.FnPtr f -> f.ret();
            default -> throw new Unsupported("this closure argument", closureArg.textRange());
        };
    }

    /** A user type's {@code impl Iterator}: its {@code next} fn and {@code Item} type. */
    record UserIterator(brisk.resolve.BodyOwner next, Ty item) {}

    /** The non-generic {@code impl Iterator for T} of a user struct or enum {@code t}, or null. */
    UserIterator userIterator(Ty t) {
        t = deref(t);
        if (!(t instanceof Ty.Adt a) || !fn.types.isUserAdt(a) || fn.types.isStd(a)) {
            return null;
        }
        var index = fn.ctx.get(brisk.types.TypeQueries.IMPL_INDEX, fn.instance.owner().crate());
        for (var candidate : index.methods("next")) {
            var impl = candidate.impl();
            if (impl.trait() != null && impl.trait().name().equals("Iterator") && impl.selfTy().equals(a)
                    && impl.generics().size() == 0 && impl.assocTypes().get("Item") != null) {
                return new UserIterator(candidate.method(), impl.assocTypes().get("Item"));
            }
        }
        return null;
    }

    /** {@code v} as an RIter: itself, or a user iterator wrapped so adapters pull through its {@code next}. */
    private IrExpr asIter(IrExpr v, Ty t, TextRange at) {
        if (v.type().equals(Erased.RITER)) {
            return v;
        }
        var user = userIterator(t);
        if (user == null || !(v.type() instanceof IrType.Adt)) {
            throw new Unsupported("this iterator", at);
        }
        var instance = new FnInstance(user.next(), List.of());
        FnRef next = fn.exprs.fnRef(instance, at);
        fn.callees.add(instance);
        Ty option = option(user.item());
        if (!(fn.types.lower(option, at) instanceof IrType.Adt opt)) {
            throw new Unsupported("this iterator", at);
        }
        IrType itemIr = fn.types.lower(user.item(), at);
        IrExpr pull = synthFn(List.of(v), 0, (sub, args) -> {
            IrExpr o = sub.spill(new IrExpr.Call(next, List.of(new IrExpr.Read(sub.local(0)))));
            return unwrapOrDone(sub, o, opt, itemIr);
        });
        return fn.exprs.stable(new IrExpr.StaticCall(SOURCES, "fromFn", IrSig.of(Erased.RITER, Erased.fnShape(0)),
                List.of(pull)));
    }

    /** The {@code Item} of an iterator type brisk runs as an RIter. */
    Ty itemType(Ty iter, TextRange at) {
        iter = deref(iter);
        var user = userIterator(iter);
        if (user != null) {
            return user.item();
        }
        if (iter instanceof Ty.Opaque o && o.assoc().get("Item") != null) {
            return o.assoc().get("Item");
        }
        if (!(iter instanceof Ty.Adt a) || !Erased.isIterator(fn.types, a)) {
            throw new Unsupported("iterating `" + TypeLowering.describe(iter) + "`", at);
        }
        var args = a.args();
        return switch (a.name()) {
            case "Iter" -> new Ty.Ref(args.getFirst(), false);
            case "IterMut" -> new Ty.Ref(args.getFirst(), true);
            case "IntoIter", "Range", "RangeInclusive", "RangeFrom", "Once", "Repeat", "Empty", "Successors" -> args.getFirst();
            case "Chars", "ToUppercase", "ToLowercase" -> Ty.prim(Ty.PrimKind.CHAR);
            case "Split", "RSplit", "SplitN", "SplitTerminator", "SplitWhitespace", "Lines" -> new Ty.Ref(Ty.STR, false);
            case "Bytes" -> Ty.prim(Ty.PrimKind.U8);
            case "CharIndices" -> new Ty.Tuple(List.of(Ty.prim(Ty.PrimKind.USIZE), Ty.prim(Ty.PrimKind.CHAR)));
            case "Filter", "Take", "Skip", "StepBy", "TakeWhile", "SkipWhile", "Chain", "Rev", "Peekable", "Inspect" ->
                    itemType(args.getFirst(), at);
            case "Enumerate" -> new Ty.Tuple(List.of(Ty.prim(Ty.PrimKind.USIZE), itemType(args.getFirst(), at)));
            case "Zip" -> new Ty.Tuple(List.of(itemType(args.get(0), at), intoIterItem(args.get(1), at)));
            case "Cloned", "Copied" -> derefOnce(itemType(args.getFirst(), at));
            case "Map" -> callableResult(args.get(1), at);
            case "FilterMap" -> {
                Ty r = callableResult(args.get(1), at);
                if (r instanceof Ty.Adt opt && fn.types.std().is(opt, "Option")) {
                    yield opt.args().getFirst();
                }
                throw new Unsupported("this `filter_map`", at);
            }
            case "FlatMap" -> intoIterItem(args.get(1), at);
            case "Chunks", "Windows" -> new Ty.Ref(new Ty.Slice(args.get(args.size() - 1)), false);
            case "Flatten" -> intoIterItem(itemType(args.getFirst(), at), at);
            default -> throw new Unsupported("iterating `" + a.name() + "`", at);
        };
    }

    private Ty callableResult(Ty f, TextRange at) {
        return switch (deref(f)) {
            case Ty.Closure c -> c.ret();
            case Ty.FnDef d -> d.ret();
            case Ty.FnPtr p -> p.ret();
            default -> throw new Unsupported("iterating through this closure", at);
        };
    }

    private boolean doubleEnded(Ty iter) {
        iter = deref(iter);
        if (!(iter instanceof Ty.Adt a)) {
            return false;
        }
        return switch (a.name()) {
            case "Map", "Filter", "FilterMap", "Rev", "Cloned", "Copied", "Inspect", "FlatMap" -> doubleEnded(a.args().getFirst());
            case "Chain" -> doubleEnded(a.args().get(0)) && doubleEnded(a.args().get(1));
            case "Enumerate" -> doubleEnded(a.args().getFirst()) && exactSize(a.args().getFirst());
            default -> DOUBLE_ENDED_SOURCES.contains(a.name());
        };
    }

    private boolean exactSize(Ty iter) {
        iter = deref(iter);
        if (!(iter instanceof Ty.Adt a)) {
            return false;
        }
        return switch (a.name()) {
            case "Map", "Rev", "Cloned", "Copied", "Enumerate" -> exactSize(a.args().getFirst());
            default -> EXACT_SOURCES.contains(a.name());
        };
    }
}
