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
 * std methods of {@code str} and {@code String} that take no closure, as calls of the runtime's
 * {@code RStr}, {@code RString} and {@code StrOps} (UTF-8 byte strings, so byte indices and
 * char-boundary panics are std's). A {@code String} receiver of a {@code str} method is viewed as
 * a {@code &str} first (deref). Patterns may be {@code &str}, {@code &String} or {@code char}:
 * a char matches exactly where its UTF-8 encoding does, so it is searched as that string.
 */
final class StrCalls {
    static final String STR_OPS = "brisk/runtime/StrOps";
    private static final String UTF8_CONV = "brisk/runtime/Utf8Conv";
    private static final String STR_PIECES = "brisk/runtime/StrPieces";
    static final IrType RSTR = TypeLowering.RSTR;
    static final IrType RSTRING = TypeLowering.RSTRING;

    private final FnLowering fn;

    StrCalls(FnLowering fn) {
        this.fn = fn;
    }

    static boolean isStrReceiver(FnLowering fn, Ty t) {
        return t instanceof Ty.Prim p && p.kind() == Ty.PrimKind.STR || fn.types.std().is(t, "String");
    }

    /** The call, or null when {@code name} is none of this family's methods (the caller reports it). */
    IrExpr method(SyntaxNode e, String name, SyntaxNode receiver, List<SyntaxNode> args) {
        if (name.equals("get") && RangeGet.isRangeArg(args)) {
            return new RangeGet(fn).get(e, receiver, args.getFirst(), new Ty.Ref(Ty.STR, false));
        }
        if (!known(name)) {
            return null;
        }
        var nodes = new ArrayList<SyntaxNode>();
        nodes.add(receiver);
        nodes.addAll(args);
        var values = fn.exprs.operands(nodes);
        IrExpr recv = fn.exprs.stable(values.getFirst());
        var rest = values.subList(1, values.size());
        boolean owned = recv.type().equals(RSTRING);
        if (!owned && !recv.type().equals(RSTR)) {
            throw new Unsupported("this string receiver", e.textRange());
        }
        if (owned) {
            IrExpr r = stringMethod(e, name, recv, rest);
            if (r != null) {
                return r;
            }
        }
        IrExpr r = strMethod(e, name, owned ? asStr(recv) : recv, rest);
        if (r == null) {
            // The operands are lowered already: never hand the call back to be lowered again.
            throw new Unsupported("the std method `" + name + "` on `" + (owned ? "String" : "str") + "`", e.textRange());
        }
        return r;
    }

    private static boolean known(String name) {
        return switch (name) {
            case "len", "is_empty", "contains", "starts_with", "ends_with", "find", "rfind", "trim", "trim_start",
                 "trim_end", "to_uppercase", "to_lowercase", "to_ascii_uppercase", "to_ascii_lowercase", "replace",
                 "repeat", "is_char_boundary", "strip_prefix", "strip_suffix", "trim_matches", "trim_start_matches",
                 "trim_end_matches", "parse", "to_string", "to_owned", "cmp", "eq", "ne", "lt", "le", "gt", "ge",
                 "eq_ignore_ascii_case", "push_str", "push", "pop", "insert", "insert_str", "remove", "truncate",
                 "clear", "clone", "as_str", "capacity", "as_bytes", "into_bytes", "split", "rsplit", "splitn",
                 "split_terminator", "split_whitespace", "lines", "split_once", "rsplit_once" -> true;
            default -> false;
        };
    }

    private IrExpr stringMethod(SyntaxNode e, String name, IrExpr s, List<IrExpr> args) {
        String loc = methodLocation(e);
        switch (name) {
            case "push_str" -> {
                effect(s, "pushStr", IrSig.of(IrType.UNIT, RSTR), List.of(str(args.getFirst(), e)));
                return new IrExpr.UnitConst();
            }
            case "push" -> {
                effect(s, "push", IrSig.of(IrType.UNIT, IrType.I32), List.of(charAsInt(args.getFirst())));
                return new IrExpr.UnitConst();
            }
            case "pop" -> {
                IrExpr cp = fn.exprs.stable(call(s, "pop", IrSig.of(IrType.I32), List.of()));
                return new StdValues(fn).option(e, new IrExpr.Compare(CmpOp.GE, cp, new IrExpr.IntConst(IntKind.I32, 0)),
                        () -> intAsChar(cp));
            }
            case "insert" -> {
                effect(s, "insert", IrSig.of(IrType.UNIT, IrType.USIZE, IrType.I32, IrType.JAVA_STRING),
                        List.of(args.get(0), charAsInt(args.get(1)), new IrExpr.StringConst(loc)));
                return new IrExpr.UnitConst();
            }
            case "insert_str" -> {
                effect(s, "insertStr", IrSig.of(IrType.UNIT, IrType.USIZE, RSTR, IrType.JAVA_STRING),
                        List.of(args.get(0), str(args.get(1), e), new IrExpr.StringConst(loc)));
                return new IrExpr.UnitConst();
            }
            case "remove" -> {
                return fn.exprs.stable(intAsChar(call(s, "remove", IrSig.of(IrType.I32, IrType.USIZE, IrType.JAVA_STRING),
                        List.of(args.getFirst(), new IrExpr.StringConst(loc)))));
            }
            case "truncate" -> {
                effect(s, "truncate", IrSig.of(IrType.UNIT, IrType.USIZE, IrType.JAVA_STRING),
                        List.of(args.getFirst(), new IrExpr.StringConst(loc)));
                return new IrExpr.UnitConst();
            }
            case "clear" -> {
                effect(s, "clear", IrSig.of(IrType.UNIT), List.of());
                return new IrExpr.UnitConst();
            }
            case "clone", "to_string", "to_owned" -> {
                return fn.exprs.stable(call(s, "copy", IrSig.of(RSTRING), List.of()));
            }
            case "as_str" -> {
                return asStr(s);
            }
            case "into_bytes" -> {
                return fn.exprs.stable(new IrExpr.StaticCall(UTF8_CONV, "intoBytes", IrSig.of(Vecs.RVEC, RSTRING), List.of(s)));
            }
            case "capacity" -> {
                return fn.exprs.stable(call(s, "capacity", IrSig.of(IrType.USIZE), List.of()));
            }
            default -> {
                return null;
            }
        }
    }

    private IrExpr strMethod(SyntaxNode e, String name, IrExpr s, List<IrExpr> args) {
        return switch (name) {
            case "len" -> fn.exprs.stable(call(s, "len", IrSig.of(IrType.USIZE), List.of()));
            case "is_empty" -> fn.exprs.stable(call(s, "isEmpty", IrSig.of(IrType.BOOL), List.of()));
            case "contains" -> fn.exprs.stable(call(s, "contains", IrSig.of(IrType.BOOL, RSTR), List.of(pattern(args, e))));
            case "starts_with" -> fn.exprs.stable(call(s, "startsWith", IrSig.of(IrType.BOOL, RSTR), List.of(pattern(args, e))));
            case "ends_with" -> fn.exprs.stable(call(s, "endsWith", IrSig.of(IrType.BOOL, RSTR), List.of(pattern(args, e))));
            case "is_char_boundary" -> fn.exprs.stable(call(s, "isCharBoundary", IrSig.of(IrType.BOOL, IrType.USIZE), args));
            case "eq_ignore_ascii_case" -> fn.exprs.stable(call(s, "eqIgnoreAsciiCase", IrSig.of(IrType.BOOL, RSTR),
                    List.of(str(args.getFirst(), e))));
            case "find" -> position(e, call(s, "find", IrSig.of(IrType.USIZE, RSTR), List.of(pattern(args, e))));
            case "rfind" -> position(e, new IrExpr.StaticCall(STR_OPS, "rfind", IrSig.of(IrType.USIZE, RSTR, RSTR),
                    List.of(s, pattern(args, e))));
            case "trim" -> fn.exprs.stable(call(s, "trim", IrSig.of(RSTR), List.of()));
            case "trim_start" -> fn.exprs.stable(call(s, "trimStart", IrSig.of(RSTR), List.of()));
            case "trim_end" -> fn.exprs.stable(call(s, "trimEnd", IrSig.of(RSTR), List.of()));
            case "trim_matches" -> fn.exprs.stable(call(s, "trimMatches", IrSig.of(RSTR, RSTR), List.of(pattern(args, e))));
            case "trim_start_matches" -> fn.exprs.stable(call(s, "trimStartMatches", IrSig.of(RSTR, RSTR),
                    List.of(pattern(args, e))));
            case "trim_end_matches" -> fn.exprs.stable(call(s, "trimEndMatches", IrSig.of(RSTR, RSTR),
                    List.of(pattern(args, e))));
            case "split_once", "rsplit_once" -> {
                IrExpr p = fn.exprs.stable(pattern(args, e));
                IrExpr at = fn.exprs.stable(name.equals("split_once")
                        ? call(s, "find", IrSig.of(IrType.USIZE, RSTR), List.of(p))
                        : new IrExpr.StaticCall(STR_OPS, "rfind", IrSig.of(IrType.USIZE, RSTR, RSTR), List.of(s, p)));
                var noLoc = new IrExpr.StringConst("<unreachable>");
                yield new StdValues(fn).option(e, new IrExpr.Compare(CmpOp.NE, at, new IrExpr.IntConst(IntKind.USIZE, -1)), () -> {
                    IrExpr head = fn.exprs.stable(call(s, "sliceTo", IrSig.of(RSTR, IrType.USIZE, IrType.JAVA_STRING),
                            List.of(at, noLoc)));
                    IrExpr after = new IrExpr.Arith(brisk.lower.ir.ArithOp.ADD, IrType.USIZE, at,
                            call(p, "len", IrSig.of(IrType.USIZE), List.of()), brisk.lower.ir.Overflow.WRAPPING, null);
                    IrExpr tail = fn.exprs.stable(call(s, "sliceFrom", IrSig.of(RSTR, IrType.USIZE, IrType.JAVA_STRING),
                            List.of(after, noLoc)));
                    return fn.exprs.stable(new IrExpr.NewTuple(List.of(head, tail)));
                });
            }
            case "strip_prefix", "strip_suffix" -> {
                IrExpr rest = fn.exprs.stable(call(s, name.equals("strip_prefix") ? "stripPrefix" : "stripSuffix",
                        IrSig.of(RSTR, RSTR), List.of(pattern(args, e))));
                yield new StdValues(fn).option(e, StdValues.nonNull(rest), () -> rest);
            }
            case "to_ascii_uppercase" -> fn.exprs.stable(call(s, "toAsciiUppercase", IrSig.of(RSTRING), List.of()));
            case "to_ascii_lowercase" -> fn.exprs.stable(call(s, "toAsciiLowercase", IrSig.of(RSTRING), List.of()));
            case "to_uppercase" -> ops("toUppercase", IrSig.of(RSTRING, RSTR), s);
            case "to_lowercase" -> ops("toLowercase", IrSig.of(RSTRING, RSTR), s);
            case "replace" -> ops("replace", IrSig.of(RSTRING, RSTR, RSTR, RSTR), s, pattern(args, e), str(args.get(1), e));
            case "repeat" -> ops("repeat", IrSig.of(RSTRING, RSTR, IrType.USIZE), s, args.getFirst());
            case "clone" -> s;
            case "split", "rsplit", "split_terminator" -> fn.exprs.stable(new IrExpr.StaticCall(STR_PIECES,
                    name.equals("split_terminator") ? "splitTerminator" : name, IrSig.of(Erased.RITER, RSTR, RSTR),
                    List.of(s, pattern(args, e))));
            case "splitn" -> fn.exprs.stable(new IrExpr.StaticCall(STR_PIECES, "splitn",
                    IrSig.of(Erased.RITER, RSTR, IrType.USIZE, RSTR), List.of(s, args.get(0), pattern(args.subList(1, 2), e))));
            case "split_whitespace", "lines" -> fn.exprs.stable(new IrExpr.StaticCall(STR_PIECES,
                    name.equals("lines") ? "lines" : "splitWhitespace", IrSig.of(Erased.RITER, RSTR), List.of(s)));
            case "as_bytes" -> fn.exprs.stable(new IrExpr.StaticCall(UTF8_CONV, "asBytes", IrSig.of(Vecs.RSLICE, RSTR), List.of(s)));
            case "to_string", "to_owned" -> fn.exprs.stable(new IrExpr.StaticCall(StdCalls.RSTRING, "from",
                    IrSig.of(RSTRING, RSTR), List.of(s)));
            case "parse" -> new ParseCalls(fn).parse(e, s);
            case "cmp" -> new StdValues(fn).ordering(e, fn.irTypeOf(e), compareTo(s, str(args.getFirst(), e)));
            case "eq", "ne", "lt", "le", "gt", "ge" -> {
                IrExpr c = compareTo(s, str(args.getFirst(), e));
                yield fn.exprs.stable(new IrExpr.Compare(switch (name) {
                    case "eq" -> CmpOp.EQ;
                    case "ne" -> CmpOp.NE;
                    case "lt" -> CmpOp.LT;
                    case "le" -> CmpOp.LE;
                    case "gt" -> CmpOp.GT;
                    default -> CmpOp.GE;
                }, c, new IrExpr.IntConst(IntKind.I32, 0)));
            }
            default -> null;
        };
    }

    /** {@code Some(i)} unless the runtime answered {@code usize::MAX} (its None). */
    private IrExpr position(SyntaxNode e, IrExpr index) {
        IrExpr i = fn.exprs.stable(index);
        return new StdValues(fn).option(e, new IrExpr.Compare(CmpOp.NE, i, new IrExpr.IntConst(IntKind.USIZE, -1)), () -> i);
    }

    /** {@code String::from_utf8(vec)} ({@code owned}) or {@code std::str::from_utf8(slice)} as the Result typed as {@code e}. */
    IrExpr fromUtf8(SyntaxNode e, IrExpr bytes, boolean owned) {
        IrExpr b = fn.exprs.stable(owned ? bytes : fn.exprs.coerce(bytes, Vecs.RSLICE, e.textRange()));
        IrType byteType = owned ? Vecs.RVEC : Vecs.RSLICE;
        IrType text = owned ? RSTRING : RSTR;
        IrType error = TypeLowering.stdErrorType(owned ? "FromUtf8Error" : "Utf8Error");
        IrExpr converted = fn.exprs.stable(new IrExpr.StaticCall(UTF8_CONV, owned ? "stringFromUtf8" : "strFromUtf8",
                IrSig.of(text, byteType), List.of(b)));
        return new StdValues(fn).result(e, StdValues.nonNull(converted), () -> converted,
                () -> new IrExpr.StaticCall(UTF8_CONV, owned ? "fromUtf8Error" : "utf8Error", IrSig.of(error, byteType), List.of(b)));
    }

    /** {@code l + r} on a String: appends to {@code l}, which the operator consumes, and yields it. */
    IrExpr concat(SyntaxNode e, IrExpr l, IrExpr r) {
        IrExpr s = fn.exprs.stable(l);
        effect(s, "pushStr", IrSig.of(IrType.UNIT, RSTR), List.of(str(r, e)));
        return s;
    }

    /** {@code l < r} (and friends) on strings: byte-wise, as str's {@code Ord}. */
    static IrExpr ordered(CmpOp op, IrExpr l, IrExpr r) {
        IrExpr left = l.type().equals(RSTRING) ? asStr(l) : l;
        IrExpr right = r.type().equals(RSTRING) ? asStr(r) : r;
        return new IrExpr.Compare(op, compareTo(left, right), new IrExpr.IntConst(IntKind.I32, 0));
    }

    /** {@code &s[start..end]} (either bound optional): rustc's char-boundary and range panics at {@code e}. */
    IrExpr slice(SyntaxNode e, IrExpr s, IrExpr start, IrExpr end, boolean inclusive) {
        IrExpr str = fn.exprs.stable(s.type().equals(RSTRING) ? asStr(s) : s);
        if (inclusive && (start == null || end == null)) {
            throw new Unsupported("this string slicing", e.textRange());
        }
        if ((start != null && !start.type().equals(IrType.USIZE))
                || (end != null && !end.type().equals(IrType.USIZE))) {
            throw new Unsupported("this string slicing", e.textRange());
        }
        // rustc reports the panic at the opening bracket, as for slices.
        var bracket = brisk.items.Nodes.token(e, brisk.syntax.SyntaxKind.L_BRACK);
        var loc = new IrExpr.StringConst(fn.location(bracket == null ? e.textRange().start() : bracket.textRange().start()));
        if (start == null && end == null) {
            return str;
        }
        if (end == null) {
            return fn.exprs.stable(call(str, "sliceFrom", IrSig.of(RSTR, IrType.USIZE, IrType.JAVA_STRING), List.of(start, loc)));
        }
        if (start == null) {
            return fn.exprs.stable(call(str, "sliceTo", IrSig.of(RSTR, IrType.USIZE, IrType.JAVA_STRING), List.of(end, loc)));
        }
        return fn.exprs.stable(call(str, inclusive ? "sliceInclusive" : "slice",
                IrSig.of(RSTR, IrType.USIZE, IrType.USIZE, IrType.JAVA_STRING), List.of(start, end, loc)));
    }

    /** Three-way comparison of two strings by bytes, which is Rust's {@code Ord} for str. */
    static IrExpr compareTo(IrExpr l, IrExpr r) {
        return new IrExpr.VirtualCall(StdCalls.RSTR, "compareTo", IrSig.of(IrType.I32, RSTR), false, l, List.of(r));
    }

    private IrExpr ops(String method, IrSig sig, IrExpr... args) {
        return fn.exprs.stable(new IrExpr.StaticCall(STR_OPS, method, sig, List.of(args)));
    }

    private IrExpr pattern(List<IrExpr> args, SyntaxNode e) {
        IrExpr p = args.getFirst();
        if (p.type() instanceof IrType.Char) {
            return new IrExpr.StaticCall(STR_OPS, "charPattern", IrSig.of(RSTR, IrType.I32), List.of(charAsInt(p)));
        }
        return str(p, e);
    }

    /** A {@code &str} or {@code &String} argument as a {@code &str}. */
    IrExpr str(IrExpr v, SyntaxNode e) {
        if (v.type().equals(RSTR)) {
            return v;
        }
        if (v.type().equals(RSTRING)) {
            return asStr(v);
        }
        throw new Unsupported("this pattern or string argument", e.textRange());
    }

    static IrExpr asStr(IrExpr string) {
        return new IrExpr.VirtualCall(StdCalls.RSTRING, "asStr", IrSig.of(RSTR), false, string, List.of());
    }

    static IrExpr charAsInt(IrExpr c) {
        return new IrExpr.Cast(c, IrType.I32);
    }

    /** An int the runtime guarantees to be a scalar value, as a char (the JVM holds both in an int). */
    static IrExpr intAsChar(IrExpr v) {
        return new IrExpr.StaticCall("brisk/runtime/CharOps", "fromScalar", IrSig.of(IrType.CHAR, IrType.I32), List.of(v));
    }

    private IrExpr call(IrExpr recv, String method, IrSig sig, List<IrExpr> args) {
        String owner = recv.type().equals(RSTRING) ? StdCalls.RSTRING : StdCalls.RSTR;
        return new IrExpr.VirtualCall(owner, method, sig, false, recv, args);
    }

    private void effect(IrExpr recv, String method, IrSig sig, List<IrExpr> args) {
        fn.cfg.eval(call(recv, method, sig, args));
    }

    /** Where a track_caller std method reports its panic: the method name. */
    String methodLocation(SyntaxNode e) {
        var nameRef = FnLowering.kid(e, brisk.syntax.SyntaxKind.NAME_REF);
        return fn.location(nameRef == null ? e.textRange().start() : nameRef.textRange().start());
    }
}
