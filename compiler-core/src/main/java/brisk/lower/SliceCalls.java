package brisk.lower;

import brisk.lower.ir.CmpOp;
import brisk.lower.ir.IntKind;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrSig;
import brisk.lower.ir.IrType;
import brisk.syntax.SyntaxNode;
import brisk.types.Ty;
import java.util.ArrayList;
import java.util.List;

/**
 * Vec and slice methods that take no closure (and those of arrays that only read, through a
 * slice view), as calls of {@code RVec}/{@code RSlice} and the runtime's {@code SliceOps}.
 * Elements are boxed ({@link Vecs}); methods that order or compare elements need an element type
 * with a runtime order ({@code Ord} scalars and strings), cloning methods copy {@code String}
 * elements. Panicking methods are {@code #[track_caller]}: their location is the method name.
 */
final class SliceCalls {
    private static final String SLICE_OPS = "brisk/runtime/SliceOps";

    private final FnLowering fn;

    SliceCalls(FnLowering fn) {
        this.fn = fn;
    }

    static boolean isSliceReceiver(FnLowering fn, Ty t) {
        return t instanceof Ty.Slice || t instanceof Ty.Array || fn.types.std().is(t, "Vec");
    }

    private static boolean known(String name) {
        return switch (name) {
            case "first", "last", "get", "contains", "swap", "reverse", "sort", "sort_unstable", "dedup", "binary_search",
                 "to_vec", "clone", "insert", "truncate", "clear", "extend_from_slice", "split_at", "starts_with",
                 "ends_with", "join", "concat", "swap_remove", "is_empty", "len", "fill", "copy_from_slice",
                 "clone_from_slice" -> true;
            default -> false;
        };
    }

    private static boolean mutates(String name) {
        return switch (name) {
            case "swap", "reverse", "sort", "sort_unstable", "dedup", "insert", "truncate", "clear", "extend_from_slice",
                 "swap_remove", "fill", "copy_from_slice", "clone_from_slice" -> true;
            default -> false;
        };
    }

    /** The call, or null when {@code name} is none of these methods. */
    IrExpr method(SyntaxNode e, String name, Ty recvTy, SyntaxNode receiver, List<SyntaxNode> args) {
        if (!known(name)) {
            return null;
        }
        boolean array = recvTy instanceof Ty.Array;
        if (name.equals("get") && RangeGet.isRangeArg(args) && !array) {
            return new RangeGet(fn).get(e, receiver, args.getFirst(), new Ty.Ref(new Ty.Slice(fn.types.elementType(recvTy)), false));
        }
        if (array && name.equals("swap")) {
            return swapArray(e, receiver, args);
        }
        if (array && mutates(name)) {
            // An array is a JVM array, not boxed elements: a slice view of it is a copy.
            throw new Unsupported("the std method `" + name + "` on arrays", e.textRange());
        }
        Ty elementTy = fn.types.elementType(recvTy);
        IrType element = fn.types.lower(elementTy, e.textRange());
        boolean plain = element instanceof IrType.Int || element instanceof IrType.Bool || element instanceof IrType.Char
                || element instanceof IrType.Float32 || element instanceof IrType.Float64
                || element.equals(TypeLowering.RSTR) || element.equals(TypeLowering.RSTRING);
        if (!plain && name.equals("clone") && !array) {
            // Elements that are mutable objects (tuples, arrays, Vecs, structs) are cloned one by one.
            return new Cloning(fn).clone(fn.exprs.stable(fn.exprs.raw(receiver)), recvTy, e.textRange());
        }
        if (!plain && (name.equals("to_vec") || name.equals("extend_from_slice") || name.equals("fill")
                || name.equals("copy_from_slice") || name.equals("clone_from_slice"))) {
            throw new Unsupported("`" + name + "` of these elements", e.textRange());
        }
        var nodes = new ArrayList<SyntaxNode>();
        nodes.add(receiver);
        nodes.addAll(args);
        var values = fn.exprs.operands(nodes);
        for (int i = 0; i < values.size(); i++) {
            values.set(i, fn.exprs.stable(values.get(i)));
        }
        IrExpr recv = values.getFirst();
        if (array) {
            recv = fn.exprs.coerce(recv, Vecs.RSLICE, e.textRange());
        }
        if (!recv.type().equals(Vecs.RVEC) && !recv.type().equals(Vecs.RSLICE)) {
            throw new Unsupported("this collection receiver", e.textRange());
        }
        boolean vec = recv.type().equals(Vecs.RVEC);
        String owner = vec ? Vecs.RVEC_CLASS : Vecs.RSLICE_CLASS;
        var loc = new IrExpr.StringConst(new StrCalls(fn).methodLocation(e));
        IrExpr self = recv;
        switch (name) {
            case "len" -> {
                return fn.exprs.stable(Vecs.len(recv));
            }
            case "is_empty" -> {
                return new IrExpr.Compare(CmpOp.EQ, fn.exprs.stable(Vecs.len(recv)), new IrExpr.IntConst(IntKind.USIZE, 0));
            }
            case "first", "last" -> {
                IrExpr len = fn.exprs.stable(Vecs.len(recv));
                IrExpr index = name.equals("first") ? new IrExpr.IntConst(IntKind.USIZE, 0)
                        : new IrExpr.Arith(brisk.lower.ir.ArithOp.SUB, IrType.USIZE, len, new IrExpr.IntConst(IntKind.USIZE, 1),
                                brisk.lower.ir.Overflow.WRAPPING, null);
                return new StdValues(fn).option(e, new IrExpr.Compare(CmpOp.NE, len, new IrExpr.IntConst(IntKind.USIZE, 0)),
                        () -> Vecs.get(self, index, element, "<unreachable>"));
            }
            case "get" -> {
                IrExpr i = values.get(1);
                if (!i.type().equals(IrType.USIZE)) {
                    throw new Unsupported("`get` with a range", e.textRange());
                }
                IrExpr index = i;
                return new StdValues(fn).option(e, new Ty.Ref(elementTy, false),
                        new IrExpr.Compare(CmpOp.LT, index, fn.exprs.stable(Vecs.len(recv))),
                        () -> Vecs.get(self, index, element, "<unreachable>"));
            }
            case "swap" -> {
                fn.cfg.eval(new IrExpr.VirtualCall(owner, "swap", IrSig.of(IrType.UNIT, IrType.USIZE, IrType.USIZE,
                        IrType.JAVA_STRING), false, recv, List.of(values.get(1), values.get(2), loc)));
                return new IrExpr.UnitConst();
            }
            case "reverse" -> {
                fn.cfg.eval(new IrExpr.VirtualCall(Vecs.RSLICE_CLASS, "reverse", IrSig.of(IrType.UNIT), false, slice(recv),
                        List.of()));
                return new IrExpr.UnitConst();
            }
            case "sort", "sort_unstable" -> {
                fn.cfg.eval(new IrExpr.StaticCall(SLICE_OPS, "sort", IrSig.of(IrType.UNIT, Vecs.RSLICE, IrType.I32),
                        List.of(slice(recv), order(element, e))));
                return new IrExpr.UnitConst();
            }
            case "binary_search" -> {
                IrExpr r = fn.exprs.stable(new IrExpr.StaticCall(SLICE_OPS, "binarySearch",
                        IrSig.of(IrType.I64, Vecs.RSLICE, Vecs.OBJECT, IrType.I32),
                        List.of(slice(recv), Vecs.box(values.get(1)), order(element, e))));
                return new StdValues(fn).result(e, new IrExpr.Compare(CmpOp.GE, r, new IrExpr.IntConst(IntKind.I64, 0)),
                        () -> new IrExpr.Cast(r, IrType.USIZE),
                        () -> new IrExpr.Cast(new IrExpr.Arith(brisk.lower.ir.ArithOp.SUB, IrType.I64,
                                new IrExpr.IntConst(IntKind.I64, -1), r, brisk.lower.ir.Overflow.WRAPPING, null), IrType.USIZE));
            }
            case "contains" -> {
                requireEquality(element, e);
                return fn.exprs.stable(new IrExpr.StaticCall(SLICE_OPS, "contains",
                        IrSig.of(IrType.BOOL, Vecs.RSLICE, Vecs.OBJECT), List.of(slice(recv), Vecs.box(values.get(1)))));
            }
            case "starts_with", "ends_with" -> {
                requireEquality(element, e);
                IrExpr other = fn.exprs.coerce(values.get(1), Vecs.RSLICE, e.textRange());
                return fn.exprs.stable(new IrExpr.StaticCall(SLICE_OPS, name.equals("starts_with") ? "startsWith" : "endsWith",
                        IrSig.of(IrType.BOOL, Vecs.RSLICE, Vecs.RSLICE), List.of(slice(recv), other)));
            }
            case "to_vec", "clone" -> {
                return fn.exprs.stable(new IrExpr.StaticCall(SLICE_OPS, "toVec", IrSig.of(Vecs.RVEC, Vecs.RSLICE, IrType.BOOL),
                        List.of(slice(recv), new IrExpr.BoolConst(element.equals(TypeLowering.RSTRING)))));
            }
            case "split_at" -> {
                IrExpr mid = values.get(1);
                IrExpr s = slice(recv);
                fn.cfg.eval(new IrExpr.StaticCall(SLICE_OPS, "checkSplitAt", IrSig.of(IrType.UNIT, IrType.USIZE, IrType.USIZE,
                        IrType.JAVA_STRING), List.of(mid, Vecs.len(s), loc)));
                IrExpr head = fn.exprs.stable(new IrExpr.VirtualCall(Vecs.RSLICE_CLASS, "sliceTo",
                        IrSig.of(Vecs.RSLICE, IrType.USIZE, IrType.JAVA_STRING), false, s, List.of(mid, loc)));
                IrExpr tail = fn.exprs.stable(new IrExpr.VirtualCall(Vecs.RSLICE_CLASS, "sliceFrom",
                        IrSig.of(Vecs.RSLICE, IrType.USIZE, IrType.JAVA_STRING), false, s, List.of(mid, loc)));
                return fn.exprs.stable(new IrExpr.NewTuple(List.of(head, tail)));
            }
            case "join", "concat" -> {
                if (!element.equals(TypeLowering.RSTR) && !element.equals(TypeLowering.RSTRING)) {
                    throw new Unsupported("`" + name + "` of these elements", e.textRange());
                }
                if (name.equals("concat")) {
                    return fn.exprs.stable(new IrExpr.StaticCall(SLICE_OPS, "concat", IrSig.of(TypeLowering.RSTRING, Vecs.RSLICE),
                            List.of(slice(recv))));
                }
                IrExpr sep = values.get(1);
                if (!sep.type().equals(TypeLowering.RSTR)) {
                    throw new Unsupported("`join` with this separator", e.textRange());
                }
                return fn.exprs.stable(new IrExpr.StaticCall(SLICE_OPS, "join",
                        IrSig.of(TypeLowering.RSTRING, Vecs.RSLICE, TypeLowering.RSTR), List.of(slice(recv), sep)));
            }
            case "copy_from_slice", "clone_from_slice" -> {
                IrExpr src = fn.exprs.coerce(values.get(1), Vecs.RSLICE, e.textRange());
                fn.cfg.eval(new IrExpr.StaticCall(SLICE_OPS, "copyFromSlice", IrSig.of(IrType.UNIT, Vecs.RSLICE, Vecs.RSLICE,
                        IrType.BOOL, IrType.JAVA_STRING), List.of(slice(recv), src,
                        new IrExpr.BoolConst(name.equals("clone_from_slice")), loc)));
                return new IrExpr.UnitConst();
            }
            case "fill" -> {
                if (element.equals(TypeLowering.RSTRING)) {
                    throw new Unsupported("`fill` with Strings", e.textRange());
                }
                fn.cfg.eval(new IrExpr.VirtualCall(Vecs.RSLICE_CLASS, "fill", IrSig.of(IrType.UNIT, Vecs.OBJECT), false,
                        slice(recv), List.of(Vecs.box(values.get(1)))));
                return new IrExpr.UnitConst();
            }
            default -> { }
        }
        if (!vec) {
            throw new Unsupported("the std method `" + name + "` on slices", e.textRange());
        }
        switch (name) {
            case "insert" -> {
                fn.cfg.eval(new IrExpr.VirtualCall(Vecs.RVEC_CLASS, "insert", IrSig.of(IrType.UNIT, IrType.USIZE, Vecs.OBJECT,
                        IrType.JAVA_STRING), false, recv, List.of(values.get(1), Vecs.box(values.get(2)), loc)));
                return new IrExpr.UnitConst();
            }
            case "swap_remove" -> {
                return fn.exprs.stable(Vecs.unbox(new IrExpr.VirtualCall(Vecs.RVEC_CLASS, "swapRemove",
                        IrSig.of(Vecs.OBJECT, IrType.USIZE, IrType.JAVA_STRING), false, recv, List.of(values.get(1), loc)),
                        element));
            }
            case "truncate" -> {
                fn.cfg.eval(new IrExpr.VirtualCall(Vecs.RVEC_CLASS, "truncate", IrSig.of(IrType.UNIT, IrType.USIZE), false,
                        recv, List.of(values.get(1))));
                return new IrExpr.UnitConst();
            }
            case "clear" -> {
                fn.cfg.eval(new IrExpr.VirtualCall(Vecs.RVEC_CLASS, "clear", IrSig.of(IrType.UNIT), false, recv, List.of()));
                return new IrExpr.UnitConst();
            }
            case "dedup" -> {
                requireEquality(element, e);
                fn.cfg.eval(new IrExpr.StaticCall(SLICE_OPS, "dedup", IrSig.of(IrType.UNIT, Vecs.RVEC), List.of(recv)));
                return new IrExpr.UnitConst();
            }
            case "extend_from_slice" -> {
                IrExpr other = fn.exprs.coerce(values.get(1), Vecs.RSLICE, e.textRange());
                fn.cfg.eval(new IrExpr.StaticCall(SLICE_OPS, "extendFromSlice", IrSig.of(IrType.UNIT, Vecs.RVEC, Vecs.RSLICE,
                        IrType.BOOL), List.of(recv, other, new IrExpr.BoolConst(element.equals(TypeLowering.RSTRING)))));
                return new IrExpr.UnitConst();
            }
            default -> throw new Unsupported("the std method `" + name + "` on `Vec`", e.textRange());
        }
    }

    /** {@code array.swap(a, b)} on the array itself (bounds-checked at the call, {@code a} first). */
    private IrExpr swapArray(SyntaxNode e, SyntaxNode receiver, List<SyntaxNode> args) {
        // The array itself, not the copy a by-value use of a Copy array would make.
        IrExpr arr = fn.exprs.stable(fn.exprs.raw(receiver));
        var values = fn.exprs.operands(args);
        IrExpr a = fn.exprs.stable(values.get(0));
        IrExpr b = fn.exprs.stable(values.get(1));
        String loc = new StrCalls(fn).methodLocation(e);
        var pa = new brisk.lower.ir.Place.Index(arr, a, loc);
        var pb = new brisk.lower.ir.Place.Index(arr, b, loc);
        IrExpr va = fn.exprs.stable(new IrExpr.Read(pa));
        IrExpr vb = fn.exprs.stable(new IrExpr.Read(pb));
        fn.cfg.assign(pa, vb);
        fn.cfg.assign(pb, va);
        return new IrExpr.UnitConst();
    }

    private IrExpr slice(IrExpr vecOrSlice) {
        return vecOrSlice.type().equals(Vecs.RVEC) ? fn.exprs.stable(Vecs.asSlice(vecOrSlice)) : vecOrSlice;
    }

    /** How SliceOps orders these boxed elements, or unsupported for elements without a runtime order. */
    private static IrExpr order(IrType element, SyntaxNode e) {
        int order = switch (element) {
            case IrType.Int i when !i.kind().signed() && i.kind().bits() >= 32 -> 1;
            case IrType.Int _, IrType.Char _, IrType.Bool _ -> 0;
            default -> element.equals(TypeLowering.RSTR) || element.equals(TypeLowering.RSTRING) ? 0 : -1;
        };
        if (order < 0) {
            throw new Unsupported("ordering these elements", e.textRange());
        }
        return new IrExpr.IntConst(IntKind.I32, order);
    }

    /** Boxed equality is Rust's {@code ==} for integers, chars, bools and strings, not for floats. */
    private static void requireEquality(IrType element, SyntaxNode e) {
        boolean ok = element instanceof IrType.Int || element instanceof IrType.Char || element instanceof IrType.Bool
                || element.equals(TypeLowering.RSTR) || element.equals(TypeLowering.RSTRING);
        if (!ok) {
            throw new Unsupported("comparing these elements", e.textRange());
        }
    }
}
