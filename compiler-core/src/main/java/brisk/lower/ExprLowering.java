package brisk.lower;

import brisk.base.TextRange;
import brisk.items.Nodes;
import brisk.items.SyntaxKinds;
import brisk.lower.ir.ArithOp;
import brisk.lower.ir.CmpOp;
import brisk.lower.ir.FieldRef;
import brisk.lower.ir.FnRef;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrSig;
import brisk.lower.ir.IrTerminator;
import brisk.lower.ir.IrType;
import brisk.lower.ir.Overflow;
import brisk.lower.ir.Place;
import brisk.lower.ir.UnOp;
import brisk.resolve.Def;
import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import brisk.syntax.SyntaxToken;
import brisk.types.AdtDef;
import brisk.types.Ty;
import brisk.types.TypeQueries;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Expressions, statements and control flow. {@link #value} lowers an expression used by value
 * (a Copy aggregate is duplicated, anything else moved); {@link #place} lowers an assignable
 * expression. Operands are evaluated strictly left to right: before an operand whose lowering may
 * emit code, the operands already lowered are spilled to temporaries.
 */
final class ExprLowering {
    private final FnLowering fn;
    private final CfgBuilder cfg;

    ExprLowering(FnLowering fn) {
        this.fn = fn;
        this.cfg = fn.cfg;
    }

    // ----- blocks and statements

    IrExpr block(SyntaxNode block) {
        if (Nodes.hasToken(block, SyntaxKind.UNSAFE_KW) || Nodes.hasToken(block, SyntaxKind.ASYNC_KW)
                || Nodes.hasToken(block, SyntaxKind.CONST_KW)) {
            throw new Unsupported("unsafe, async and const blocks", block.textRange());
        }
        var label = FnLowering.kid(block, SyntaxKind.LABEL);
        if (label != null) {
            return labeledBlock(block, label);
        }
        var list = FnLowering.kid(block, SyntaxKind.STMT_LIST);
        if (list == null) {
            return new IrExpr.UnitConst();
        }
        var tail = tail(list);
        for (var s : list.children()) {
            if (s.equals(tail)) {
                break;
            }
            statement(s);
        }
        if (tail == null) {
            return cfg.terminated() ? new IrExpr.UnitConst() : new IrExpr.UnitConst();
        }
        return value(tail);
    }

    private IrExpr labeledBlock(SyntaxNode block, SyntaxNode label) {
        IrType t = fn.irTypeOf(block);
        int result = t.isVoid() ? -1 : cfg.newLocal("$block", t);
        int exit = cfg.newBlock();
        fn.loops.push(new FnLowering.Loop(labelName(label), exit, -1, result));
        var list = FnLowering.kid(block, SyntaxKind.STMT_LIST);
        var tail = list == null ? null : tail(list);
        if (list != null) {
            for (var s : list.children()) {
                if (s.equals(tail)) {
                    break;
                }
                statement(s);
            }
        }
        IrExpr v = tail == null ? new IrExpr.UnitConst() : value(tail);
        storeResult(result, v);
        fn.loops.pop();
        cfg.gotoBlock(exit);
        cfg.switchTo(exit);
        return result < 0 ? new IrExpr.UnitConst() : new IrExpr.Read(cfg.local(result));
    }

    static SyntaxNode tail(SyntaxNode list) {
        var kids = list.children();
        if (kids.isEmpty()) {
            return null;
        }
        var last = kids.getLast();
        if (last.kind() == SyntaxKind.LET_STMT || last.kind() == SyntaxKind.EXPR_STMT
                || SyntaxKinds.ITEMS.contains(last.kind()) || last.kind() == SyntaxKind.ERROR) {
            return null;
        }
        return last;
    }

    void statement(SyntaxNode s) {
        switch (s.kind()) {
            case LET_STMT -> let(s);
            case EXPR_STMT -> {
                var e = s.firstChild();
                if (e != null) {
                    effect(e);
                }
            }
            default -> {
                if (SyntaxKinds.ITEMS.contains(s.kind())) {
                    if (s.kind() != SyntaxKind.USE) {
                        throw new Unsupported("items declared inside fn bodies", s.textRange());
                    }
                } else {
                    effect(s);
                }
            }
        }
    }

    /** Evaluates {@code e} for its effects. */
    void effect(SyntaxNode e) {
        IrExpr v = value(e);
        if (!cfg.terminated()) {
            cfg.eval(v);
        }
    }

    private void let(SyntaxNode s) {
        SyntaxNode pat = null;
        SyntaxNode init = null;
        for (var c : s.children()) {
            if (c.kind() == SyntaxKind.LET_ELSE) {
                throw new Unsupported("let-else", c.textRange());
            }
            if (SyntaxKinds.TYPES.contains(c.kind())) {
                continue;
            }
            if (pat == null && Patterns.isPattern(c)) {
                pat = c;
            } else {
                init = c;
            }
        }
        if (pat == null) {
            throw new Unsupported("this let statement", s.textRange());
        }
        if (init == null) {
            declare(pat);
            return;
        }
        // Evaluated now even when the pattern binds nothing (`let _ = a + b;` still panics on overflow).
        IrExpr v = stable(value(init));
        if (cfg.terminated()) {
            declare(pat);
            return;
        }
        if (pat.kind() == SyntaxKind.IDENT_PAT) {
            IrType declared = fn.types.lower(fn.bindingType(pat), pat.textRange());
            if (declared instanceof IrType.Dyn && !declared.equals(v.type())) {
                v = coerce(v, declared, init.textRange());
            }
        }
        new Patterns(fn).bindIrrefutable(pat, v);
    }

    /** {@code let x;}: the local exists, assigned later. */
    private void declare(SyntaxNode pat) {
        if (pat.kind() != SyntaxKind.IDENT_PAT || !pat.children().isEmpty()) {
            throw new Unsupported("deferred initialization of this pattern", pat.textRange());
        }
        IrType t = fn.types.lower(fn.bindingType(pat), pat.textRange());
        if (fn.cellBindings.contains(pat.textRange())) {
            throw new Unsupported("deferred initialization of a variable a closure mutates", pat.textRange());
        }
        fn.bindings.put(pat.textRange(), cfg.newLocal(Nodes.name(pat), t));
    }

    // ----- expressions

    /** {@code e} used by value. */
    IrExpr value(SyntaxNode e) {
        IrExpr v = raw(e);
        if (isPlaceExpr(e) && !(v.type() instanceof IrType.Obj) && isAggregate(v.type())
                && fn.types.isCopy(fn.typeOf(e))) {
            return new IrExpr.Copy(v);
        }
        return v;
    }

    private static boolean isAggregate(IrType t) {
        return t instanceof IrType.Adt || t instanceof IrType.Tuple || t instanceof IrType.Array;
    }

    private static boolean isPlaceExpr(SyntaxNode e) {
        return switch (e.kind()) {
            case PATH_EXPR, FIELD_EXPR, INDEX_EXPR -> true;
            case PAREN_EXPR -> e.firstChild() != null && isPlaceExpr(e.firstChild());
            case PREFIX_EXPR -> true;
            default -> false;
        };
    }

    /** {@code e} without the by-value copy of a place (the object itself for a struct). */
    IrExpr raw(SyntaxNode e) {
        fn.ctx.checkCancelled();
        return switch (e.kind()) {
            case LITERAL -> literal(e);
            case PATH_EXPR -> path(e);
            case PAREN_EXPR -> raw(e.firstChild());
            case BLOCK_EXPR -> block(e);
            case TUPLE_EXPR -> tuple(e);
            case CALL_EXPR -> call(e);
            case METHOD_CALL_EXPR -> new Calls(fn).methodCall(e);
            case FIELD_EXPR -> new IrExpr.Read(fieldPlace(e));
            case BIN_EXPR -> binary(e);
            case PREFIX_EXPR -> prefix(e);
            case REF_EXPR -> ref(e);
            case CAST_EXPR -> cast(e);
            case IF_EXPR -> ifExpr(e);
            case WHILE_EXPR -> whileExpr(e);
            case LOOP_EXPR -> loop(e);
            case FOR_EXPR -> new Loops(fn).forExpr(e);
            case BREAK_EXPR -> breakExpr(e);
            case CONTINUE_EXPR -> continueExpr(e);
            case RETURN_EXPR -> returnExpr(e);
            case MATCH_EXPR -> new Patterns(fn).match(e);
            case RECORD_EXPR -> record(e);
            case MACRO_EXPR -> fn.macros.lower(FnLowering.kid(e, SyntaxKind.MACRO_CALL));
            case MACRO_CALL -> fn.macros.lower(e);
            case CLOSURE_EXPR -> new Closures(fn).closure(e);
            case TRY_EXPR -> new TryLowering(fn).lower(e);
            case INDEX_EXPR -> index(e);
            case ARRAY_EXPR -> array(e);
            case RANGE_EXPR -> new IterCalls(fn).range(e);
            default -> throw new Unsupported("this expression (" + e.kind().name().toLowerCase() + ")", e.textRange());
        };
    }

    /**
     * Lowers operands left to right. An operand whose lowering might emit code first forces the
     * operands before it into temporaries, so they are evaluated (and panic) in source order.
     */
    List<IrExpr> operands(List<SyntaxNode> nodes) {
        var out = new ArrayList<IrExpr>();
        for (var n : nodes) {
            if (!isSimple(n)) {
                for (int i = 0; i < out.size(); i++) {
                    out.set(i, stable(out.get(i)));
                }
            }
            out.add(value(n));
        }
        return out;
    }

    /** {@code v} as something unaffected by code emitted later: constants stay, the rest is spilled. */
    IrExpr stable(IrExpr v) {
        return switch (v) {
            case IrExpr.IntConst _, IrExpr.BoolConst _, IrExpr.CharConst _, IrExpr.F32Const _, IrExpr.F64Const _,
                 IrExpr.UnitConst _, IrExpr.StringConst _, IrExpr.ConstantCall _ -> v;
            case IrExpr.Read r when r.place() instanceof Place.Local l && cfg.locals().get(l.index()).name().equals("$t") -> v;
            default -> cfg.spill(v);
        };
    }

    /** Syntactically side-effect free and unable to panic: a literal or a plain local path. */
    static boolean isSimple(SyntaxNode e) {
        return switch (e.kind()) {
            case LITERAL -> true;
            case PATH_EXPR -> true;
            case PAREN_EXPR -> e.firstChild() != null && isSimple(e.firstChild());
            case REF_EXPR -> e.firstChild() != null && isSimple(e.firstChild());
            default -> false;
        };
    }

    private IrExpr literal(SyntaxNode e) {
        SyntaxToken tok = e.firstToken();
        IrType t = fn.irTypeOf(e);
        String text = tok.text();
        return switch (tok.kind()) {
            case INT_NUMBER -> {
                BigInteger v = Literals.integer(text);
                yield switch (t) {
                    case IrType.Int i -> new IrExpr.IntConst(i.kind(), i.kind().normalize(v.longValue()));
                    case IrType.Float32 _ -> new IrExpr.F32Const(v.floatValue());
                    case IrType.Float64 _ -> new IrExpr.F64Const(v.doubleValue());
                    case IrType.Obj o when WideInts.is(o) -> WideInts.constant(v);
                    default -> throw new Unsupported("this literal", e.textRange());
                };
            }
            case FLOAT_NUMBER -> t instanceof IrType.Float32 ? new IrExpr.F32Const((float) Literals.floating(text))
                    : new IrExpr.F64Const(Literals.floating(text));
            case TRUE_KW -> new IrExpr.BoolConst(true);
            case FALSE_KW -> new IrExpr.BoolConst(false);
            case CHAR -> new IrExpr.CharConst(Literals.character(text));
            case BYTE -> new IrExpr.IntConst(brisk.lower.ir.IntKind.U8, Literals.byteValue(text));
            case STRING -> str(Literals.string(text));
            case BYTE_STRING -> {
                // b"..." is a &[u8; N]: a fresh byte array (shared references to arrays are the array).
                String chars = Literals.string(text.substring(1));
                var bytes = new ArrayList<IrExpr>();
                for (int i = 0; i < chars.length(); i++) {
                    if (chars.charAt(i) > 0xFF) {
                        throw new Unsupported("this byte string", e.textRange());
                    }
                    bytes.add(new IrExpr.IntConst(brisk.lower.ir.IntKind.U8, chars.charAt(i)));
                }
                if (!(t instanceof IrType.Array)) {
                    throw new Unsupported("this byte string", e.textRange());
                }
                yield stable(new IrExpr.NewArray(IrType.U8, bytes));
            }
            default -> throw new Unsupported("this literal", e.textRange());
        };
    }

    static IrExpr str(String s) {
        return new IrExpr.ConstantCall("brisk/runtime/RStr", "of", IrSig.of(TypeLowering.RSTR, IrType.JAVA_STRING),
                List.of(new IrExpr.StringConst(s)));
    }

    private IrExpr path(SyntaxNode e) {
        var pathNode = FnLowering.kid(e, SyntaxKind.PATH);
        var resolved = pathNode == null ? null : fn.paths.get(pathNode.textRange());
        if (resolved != null && resolved.local() != null) {
            return new IrExpr.Read(localPlace(resolved.local(), pathNode));
        }
        if (pathNode != null && pathNode.text().strip().equals("self") && fn.params.containsKey("self")) {
            return new IrExpr.Read(cfg.local(fn.params.get("self")));
        }
        if (fn.typeOf(e) instanceof Ty.FnDef def) {
            return new Closures(fn).fnItemValue(e, def);
        }
        IrExpr constant = Consts.primitiveConst(pathNode, IrType.U32);
        if (constant != null) {
            return constant;
        }
        // Resolution may name only a prefix (`Type::assoc`): a def counts only if the path ends with its name.
        String last = Calls.lastSegment(pathNode);
        if (resolved != null && resolved.def() instanceof Def.Variant v && last.equals(v.name())) {
            return unitVariant(e, v);
        }
        if (resolved != null && resolved.def() instanceof Def.Item item && item.kind() == Def.DefKind.STRUCT
                && last.equals(Names.itemName(fn.ctx, item.loc()))) {
            IrType t = fn.irTypeOf(e);
            if (t instanceof IrType.Adt a) {
                return new IrExpr.NewStruct(a.path(), List.of());
            }
        }
        if (resolved != null && resolved.def() instanceof Def.Item item
                && (item.kind() == Def.DefKind.CONST || item.kind() == Def.DefKind.STATIC)
                && last.equals(Names.itemName(fn.ctx, item.loc()))) {
            return new Consts(fn).constItem(item, e);
        }
        IrExpr assoc = new AssocConsts(fn).value(e, pathNode, resolved);
        if (assoc != null) {
            return assoc;
        }
        throw new Unsupported("this path expression", e.textRange());
    }

    Place localPlace(TextRange binding, SyntaxNode pathNode) {
        Integer index = binding.equals(TextRange.at(0)) ? fn.params.get(pathNode.text().strip()) : fn.bindings.get(binding);
        if (index == null) {
            throw new Unsupported("this use of a variable", pathNode.textRange());
        }
        return Closures.localPlace(fn, index);
    }

    private IrExpr unitVariant(SyntaxNode e, Def.Variant v) {
        IrType t = fn.irTypeOf(e);
        if (!(t instanceof IrType.Adt a)) {
            throw new Unsupported("this enum variant", e.textRange());
        }
        return new IrExpr.NewVariant(a.path(), v.name(), List.of());
    }

    private IrExpr tuple(SyntaxNode e) {
        var elements = operands(e.children());
        IrType t = fn.irTypeOf(e);
        if (t.isVoid()) {
            return new IrExpr.UnitConst();
        }
        return new IrExpr.NewTuple(elements);
    }

    private IrExpr call(SyntaxNode e) {
        return new Calls(fn).call(e);
    }

    /** The place {@code base.field} / {@code base.0} names. */
    Place fieldPlace(SyntaxNode e) {
        var base = e.firstChild();
        IrExpr object = stable(raw(base));
        Ty baseTy = fn.typeOf(base);
        // Field access auto-derefs through references and Boxes (a Box is its value in IR).
        while (baseTy instanceof Ty.Ref || fn.types.std().is(baseTy, "Box")) {
            baseTy = baseTy instanceof Ty.Ref r ? r.inner() : ((Ty.Adt) baseTy).args().getFirst();
        }
        String name = fieldName(e);
        if (object.type() instanceof IrType.Tuple) {
            return new Place.TupleField(object, Integer.parseInt(name));
        }
        if (!(baseTy instanceof Ty.Adt adt) || !(object.type() instanceof IrType.Adt irAdt)) {
            throw new Unsupported("this field access", e.textRange());
        }
        var owner = Names.ownerOf(fn.ctx, fn.instance.owner().crate(), adt.def());
        AdtDef def = fn.ctx.get(TypeQueries.ADT_DEF, owner);
        if (def.kind() != AdtDef.Kind.STRUCT) {
            throw new Unsupported("unions", e.textRange());
        }
        var variant = def.variants().getFirst();
        int index = variant.fieldIndex(name);
        IrType ft = fn.types.lower(Subst.apply(variant.fieldTypes().get(index), adt.args()), e.textRange());
        return new Place.Field(object, FieldRef.ofStruct(irAdt.path(), AdtLowering.fieldName(name), ft));
    }

    private static String fieldName(SyntaxNode e) {
        var nameRef = FnLowering.kid(e, SyntaxKind.NAME_REF);
        if (nameRef != null) {
            return nameRef.text().strip();
        }
        SyntaxToken last = e.lastToken();
        return last.text();
    }

    /** An assignable place: a local, a field, or a tuple element. */
    Place place(SyntaxNode e) {
        return switch (e.kind()) {
            case PAREN_EXPR -> place(e.firstChild());
            case PATH_EXPR -> {
                var pathNode = FnLowering.kid(e, SyntaxKind.PATH);
                var resolved = pathNode == null ? null : fn.paths.get(pathNode.textRange());
                if (pathNode != null && pathNode.text().strip().equals("self") && fn.params.containsKey("self")) {
                    yield cfg.local(fn.params.get("self"));
                }
                if (resolved == null || resolved.local() == null) {
                    throw new Unsupported("assignment to this place", e.textRange());
                }
                yield localPlace(resolved.local(), pathNode);
            }
            case FIELD_EXPR -> fieldPlace(e);
            case INDEX_EXPR -> {
                var base = e.children().get(0);
                IrExpr array = stable(raw(base));
                if (!(array.type() instanceof IrType.Array)) {
                    throw new Unsupported("assignment to this place", e.textRange());
                }
                IrExpr idx = value(e.children().get(1));
                yield new Place.Index(array, idx, fn.location(e.textRange().start()));
            }
            default -> throw new Unsupported("assignment to this place", e.textRange());
        };
    }

    private IrExpr binary(SyntaxNode e) {
        var kids = e.children();
        var op = operatorToken(e);
        if (kids.size() != 2 || op == null) {
            throw new Unsupported("this operator", e.textRange());
        }
        var lhs = kids.get(0);
        var rhs = kids.get(1);
        return switch (op.kind()) {
            case EQ -> {
                if (lhs.kind() == SyntaxKind.TUPLE_EXPR) {
                    // Destructuring assignment: the whole right side first, then each place in order.
                    IrExpr v = stable(value(rhs));
                    var targets = lhs.children();
                    for (int i = 0; i < targets.size(); i++) {
                        var target = targets.get(i);
                        if (target.kind() == SyntaxKind.UNDERSCORE_EXPR) {
                            continue;
                        }
                        cfg.assign(place(target), new IrExpr.Read(new Place.TupleField(v, i)));
                    }
                    yield new IrExpr.UnitConst();
                }
                if (isCollectionIndex(lhs)) {
                    var target = indexTarget(lhs);
                    IrExpr v = value(rhs);
                    cfg.eval(Vecs.set(target.base(), target.index(), v, target.location()));
                    yield new IrExpr.UnitConst();
                }
                Place p = place(lhs);
                IrExpr v = value(rhs);
                cfg.assign(p, v);
                yield new IrExpr.UnitConst();
            }
            case AMP2, PIPE2 -> shortCircuit(op.kind() == SyntaxKind.AMP2, lhs, rhs);
            case EQ2, NEQ, LT, GT, LTEQ, GTEQ -> compare(e, op.kind(), lhs, rhs);
            case PLUSEQ, MINUSEQ, STAREQ, SLASHEQ, PERCENTEQ, CARETEQ, AMPEQ, PIPEEQ, SHLEQ, SHREQ -> {
                if (isCollectionIndex(lhs)) {
                    var target = indexTarget(lhs);
                    IrExpr r = value(rhs);
                    IrExpr old = stable(Vecs.get(target.base(), target.index(), target.element(), target.location()));
                    IrExpr result = stable(arith(e, arithOp(op.kind()), old, r));
                    cfg.eval(Vecs.set(target.base(), target.index(), result, target.location()));
                    yield new IrExpr.UnitConst();
                }
                Place p = place(lhs);
                if (!(p instanceof Place.Local)) {
                    p = stablePlace(p);
                }
                if (p.type() instanceof IrType.Adt) {
                    IrExpr target = stable(new IrExpr.Read(p));
                    cfg.eval(new OperatorCalls(fn).compoundAssign(arithOp(op.kind()), target, value(rhs), fn.typeOf(lhs),
                            fn.typeOf(rhs), e.textRange()));
                    yield new IrExpr.UnitConst();
                }
                IrExpr r = value(rhs);
                IrExpr result = arith(e, arithOp(op.kind()), new IrExpr.Read(p), r);
                cfg.assign(p, result);
                yield new IrExpr.UnitConst();
            }
            default -> {
                var ops = operands(List.of(lhs, rhs));
                if (ops.get(0).type() instanceof IrType.Adt && arithOp(op.kind()) != null) {
                    yield new OperatorCalls(fn).binary(arithOp(op.kind()), ops.get(0), ops.get(1), fn.typeOf(lhs),
                            fn.typeOf(rhs), e.textRange());
                }
                yield arith(e, arithOp(op.kind()), ops.get(0), ops.get(1));
            }
        };
    }

    private Place stablePlace(Place p) {
        return switch (p) {
            case Place.Field f -> new Place.Field(stable(f.base()), f.field());
            case Place.TupleField t -> new Place.TupleField(stable(t.base()), t.index());
            default -> p;
        };
    }

    static SyntaxToken operatorToken(SyntaxNode e) {
        for (var el : e.childrenWithTokens()) {
            if (el instanceof SyntaxToken t && !t.kind().isTrivia()) {
                return t;
            }
        }
        return null;
    }

    private static ArithOp arithOp(SyntaxKind k) {
        return switch (k) {
            case PLUS, PLUSEQ -> ArithOp.ADD;
            case MINUS, MINUSEQ -> ArithOp.SUB;
            case STAR, STAREQ -> ArithOp.MUL;
            case SLASH, SLASHEQ -> ArithOp.DIV;
            case PERCENT, PERCENTEQ -> ArithOp.REM;
            case AMP, AMPEQ -> ArithOp.AND;
            case PIPE, PIPEEQ -> ArithOp.OR;
            case CARET, CARETEQ -> ArithOp.XOR;
            case SHL, SHLEQ -> ArithOp.SHL;
            case SHR, SHREQ -> ArithOp.SHR;
            default -> null;
        };
    }

    private IrExpr arith(SyntaxNode e, ArithOp op, IrExpr l, IrExpr r) {
        if (op == null) {
            throw new Unsupported("this operator", e.textRange());
        }
        IrType t = l.type();
        if (op == ArithOp.ADD && t.equals(TypeLowering.RSTRING)) {
            return new StrCalls(fn).concat(e, l, r);
        }
        if (WideInts.is(t)) {
            return new WideInts(fn).arith(e, op, l, r);
        }
        boolean scalar = t instanceof IrType.Int || t instanceof IrType.Float32 || t instanceof IrType.Float64
                || t instanceof IrType.Bool;
        if (!scalar || (!op.isShift() && !r.type().equals(t)) || (op.isShift() && !(r.type() instanceof IrType.Int))) {
            throw new Unsupported("operator overloading", e.textRange());
        }
        if (t instanceof IrType.Bool && op.canPanic()) {
            throw new Unsupported("this operator on bool", e.textRange());
        }
        return new IrExpr.Arith(op, t, l, r, Overflow.CHECKED, fn.location(e.textRange().start()));
    }

    private IrExpr compare(SyntaxNode e, SyntaxKind op, SyntaxNode lhs, SyntaxNode rhs) {
        var ops = operands(List.of(lhs, rhs));
        IrExpr l = ops.get(0);
        IrExpr r = ops.get(1);
        IrType t = l.type();
        boolean scalar = t instanceof IrType.Int || t instanceof IrType.Float32 || t instanceof IrType.Float64
                || t instanceof IrType.Bool || t instanceof IrType.Char;
        if (scalar && t.equals(r.type())) {
            CmpOp cmp = switch (op) {
                case EQ2 -> CmpOp.EQ;
                case NEQ -> CmpOp.NE;
                case LT -> CmpOp.LT;
                case GT -> CmpOp.GT;
                case LTEQ -> CmpOp.LE;
                default -> CmpOp.GE;
            };
            return new IrExpr.Compare(cmp, l, r);
        }
        if (WideInts.is(t) && WideInts.is(r.type())) {
            return WideInts.compare(switch (op) {
                case EQ2 -> CmpOp.EQ;
                case NEQ -> CmpOp.NE;
                case LT -> CmpOp.LT;
                case GT -> CmpOp.GT;
                case LTEQ -> CmpOp.LE;
                default -> CmpOp.GE;
            }, l, r, WideInts.signed(fn.typeOf(lhs)));
        }
        boolean strs = (t.equals(TypeLowering.RSTR) || t.equals(TypeLowering.RSTRING))
                && (r.type().equals(TypeLowering.RSTR) || r.type().equals(TypeLowering.RSTRING));
        if (strs && (op == SyntaxKind.EQ2 || op == SyntaxKind.NEQ)) {
            IrExpr eq = strEq(l, r);
            return op == SyntaxKind.EQ2 ? eq : new IrExpr.Unary(UnOp.NOT, eq, Overflow.CHECKED, null);
        }
        if (strs) {
            return StrCalls.ordered(switch (op) {
                case LT -> CmpOp.LT;
                case GT -> CmpOp.GT;
                case LTEQ -> CmpOp.LE;
                default -> CmpOp.GE;
            }, l, r);
        }
        CmpOp cmp = switch (op) {
            case EQ2 -> CmpOp.EQ;
            case NEQ -> CmpOp.NE;
            case LT -> CmpOp.LT;
            case GT -> CmpOp.GT;
            case LTEQ -> CmpOp.LE;
            default -> CmpOp.GE;
        };
        return new Comparisons(fn).operator(cmp, l, r, fn.typeOf(lhs), e.textRange());
    }

    private IrExpr shortCircuit(boolean and, SyntaxNode lhs, SyntaxNode rhs) {
        int result = cfg.newLocal("$bool", IrType.BOOL);
        IrExpr l = value(lhs);
        int evalRight = cfg.newBlock();
        int shortcut = cfg.newBlock();
        int join = cfg.newBlock();
        cfg.terminate(and ? new IrTerminator.Branch(l, evalRight, shortcut) : new IrTerminator.Branch(l, shortcut, evalRight));
        cfg.switchTo(shortcut);
        cfg.assign(cfg.local(result), new IrExpr.BoolConst(!and));
        cfg.gotoBlock(join);
        cfg.switchTo(evalRight);
        IrExpr r = value(rhs);
        storeResult(result, r);
        cfg.gotoBlock(join);
        cfg.switchTo(join);
        return new IrExpr.Read(cfg.local(result));
    }

    private IrExpr prefix(SyntaxNode e) {
        var op = operatorToken(e);
        var operand = e.firstChild();
        return switch (op.kind()) {
            case MINUS -> {
                IrExpr v = value(operand);
                if (v instanceof IrExpr.IntConst c && operand.kind() == SyntaxKind.LITERAL) {
                    // A negative literal (`-128i8`) is one constant, never an overflowing negation.
                    BigInteger lit = Literals.integer(operand.firstToken().text()).negate();
                    yield new IrExpr.IntConst(c.kind(), c.kind().normalize(lit.longValue()));
                }
                if (v instanceof IrExpr.F64Const f) {
                    yield new IrExpr.F64Const(-f.value());
                }
                if (WideInts.is(v.type())) {
                    yield operand.kind() == SyntaxKind.LITERAL
                            ? WideInts.constant(Literals.integer(operand.firstToken().text()).negate())
                            : new WideInts(fn).negate(e, v);
                }
                if (v instanceof IrExpr.F32Const f) {
                    yield new IrExpr.F32Const(-f.value());
                }
                if (v.type() instanceof IrType.Adt) {
                    yield new OperatorCalls(fn).unary("Neg", v, fn.typeOf(operand), e.textRange());
                }
                if (!(v.type() instanceof IrType.Int i && i.kind().signed() || v.type() instanceof IrType.Float32
                        || v.type() instanceof IrType.Float64)) {
                    throw new Unsupported("operator overloading", e.textRange());
                }
                yield new IrExpr.Unary(UnOp.NEG, v, Overflow.CHECKED, fn.location(e.textRange().start()));
            }
            case BANG -> {
                IrExpr v = value(operand);
                if (WideInts.is(v.type())) {
                    yield WideInts.not(v);
                }
                if (v.type() instanceof IrType.Adt) {
                    yield new OperatorCalls(fn).unary("Not", v, fn.typeOf(operand), e.textRange());
                }
                if (!(v.type() instanceof IrType.Int || v.type() instanceof IrType.Bool)) {
                    throw new Unsupported("operator overloading", e.textRange());
                }
                yield new IrExpr.Unary(UnOp.NOT, v, Overflow.CHECKED, null);
            }
            case STAR -> {
                Ty inner = fn.typeOf(operand);
                if (!(inner instanceof Ty.Ref) && !fn.types.std().is(inner, "Box")) {
                    throw new Unsupported("dereferencing `" + TypeLowering.describe(inner) + "`", e.textRange());
                }
                // A shared reference is the referent itself (see TypeLowering).
                yield raw(operand);
            }
            default -> throw new Unsupported("this operator", e.textRange());
        };
    }

    private IrExpr ref(SyntaxNode e) {
        var inner = e.firstChild();
        boolean mut = Nodes.hasToken(e, SyntaxKind.MUT_KW);
        Ty t = fn.typeOf(inner);
        if (mut && !(t instanceof Ty.Adt) && !(t instanceof Ty.Array) && !(t instanceof Ty.Ref r && r.mutable())
                && !(t instanceof Ty.Slice && isSliceView(inner))) {
            throw new Unsupported("mutable references to `" + TypeLowering.describe(t) + "`", e.textRange());
        }
        fn.irTypeOf(e);
        return raw(inner);
    }

    /** {@code v[a..b]} of a Vec or slice: a window sharing its buffer, so writes through it reach the owner. */
    private boolean isSliceView(SyntaxNode e) {
        while (e.kind() == SyntaxKind.PAREN_EXPR) {
            e = e.firstChild();
        }
        if (e.kind() != SyntaxKind.INDEX_EXPR || e.children().size() != 2
                || e.children().get(1).kind() != SyntaxKind.RANGE_EXPR) {
            return false;
        }
        Ty base = fn.typeOf(e.children().getFirst());
        while (base instanceof Ty.Ref r) {
            base = r.inner();
        }
        return base instanceof Ty.Slice || fn.types.std().is(base, "Vec");
    }

    private IrExpr cast(SyntaxNode e) {
        IrExpr v = value(e.firstChild());
        IrType target = fn.irTypeOf(e);
        if (WideInts.is(v.type()) || WideInts.is(target)) {
            return new WideInts(fn).cast(e, v, target);
        }
        boolean scalarFrom = v.type() instanceof IrType.Int || v.type() instanceof IrType.Float32
                || v.type() instanceof IrType.Float64 || v.type() instanceof IrType.Bool || v.type() instanceof IrType.Char;
        boolean scalarTo = target instanceof IrType.Int || target instanceof IrType.Float32
                || target instanceof IrType.Float64 || target instanceof IrType.Char;
        if (!scalarFrom || !scalarTo) {
            throw new Unsupported("this cast", e.textRange());
        }
        if (v instanceof IrExpr.IntConst c && target instanceof IrType.Int t) {
            return new IrExpr.IntConst(t.kind(), t.kind().normalize(c.kind().signed() || c.kind().isLong() ? c.value()
                    : c.value()));
        }
        return new IrExpr.Cast(v, target);
    }

    // ----- control flow

    void storeResult(int local, IrExpr v) {
        if (cfg.terminated()) {
            return;
        }
        if (local >= 0) {
            IrType t = cfg.locals().get(local).type();
            cfg.assign(cfg.local(local), v.type().isVoid() || t.equals(v.type()) ? v : coerce(v, t, TextRange.at(0)));
        } else {
            cfg.eval(v);
        }
    }

    /** Branches on a bool condition (a let-chain or {@code if let} goes through {@link Patterns}). */
    void condition(SyntaxNode cond, int ifTrue, int ifFalse) {
        if (cond.kind() == SyntaxKind.LET_EXPR) {
            new Patterns(fn).letCondition(cond, ifTrue, ifFalse);
            return;
        }
        if (cond.kind() == SyntaxKind.BIN_EXPR && operatorToken(cond) != null
                && operatorToken(cond).kind() == SyntaxKind.AMP2 && containsLet(cond)) {
            int mid = cfg.newBlock();
            condition(cond.children().get(0), mid, ifFalse);
            cfg.switchTo(mid);
            condition(cond.children().get(1), ifTrue, ifFalse);
            return;
        }
        IrExpr c = value(cond);
        cfg.terminate(new IrTerminator.Branch(c, ifTrue, ifFalse));
    }

    private static boolean containsLet(SyntaxNode e) {
        if (e.kind() == SyntaxKind.LET_EXPR) {
            return true;
        }
        if (e.kind() == SyntaxKind.BIN_EXPR) {
            return e.children().stream().anyMatch(ExprLowering::containsLet);
        }
        return false;
    }

    private IrExpr ifExpr(SyntaxNode e) {
        var kids = e.children();
        SyntaxNode cond = kids.get(0);
        SyntaxNode then = kids.size() > 1 ? kids.get(1) : null;
        SyntaxNode otherwise = kids.size() > 2 ? kids.get(2) : null;
        IrType t = fn.irTypeOf(e);
        int result = t.isVoid() ? -1 : cfg.newLocal("$if", t);
        int thenBlock = cfg.newBlock();
        int elseBlock = cfg.newBlock();
        int join = cfg.newBlock();
        condition(cond, thenBlock, elseBlock);
        cfg.switchTo(thenBlock);
        storeResult(result, value(then));
        cfg.gotoBlock(join);
        cfg.switchTo(elseBlock);
        if (otherwise != null) {
            storeResult(result, value(otherwise));
        }
        cfg.gotoBlock(join);
        cfg.switchTo(join);
        if (t instanceof IrType.Never) {
            cfg.terminate(new IrTerminator.Unreachable());
        }
        return result < 0 ? new IrExpr.UnitConst() : new IrExpr.Read(cfg.local(result));
    }

    private IrExpr whileExpr(SyntaxNode e) {
        var kids = e.children();
        var label = FnLowering.kid(e, SyntaxKind.LABEL);
        var rest = kids.stream().filter(k -> k.kind() != SyntaxKind.LABEL).toList();
        SyntaxNode cond = rest.get(0);
        SyntaxNode body = rest.get(1);
        int head = cfg.newBlock();
        int bodyBlock = cfg.newBlock();
        int exit = cfg.newBlock();
        cfg.gotoBlock(head);
        cfg.switchTo(head);
        condition(cond, bodyBlock, exit);
        cfg.switchTo(bodyBlock);
        fn.loops.push(new FnLowering.Loop(label == null ? null : labelName(label), exit, head, -1));
        effect(body);
        fn.loops.pop();
        cfg.gotoBlock(head);
        cfg.switchTo(exit);
        return new IrExpr.UnitConst();
    }

    private IrExpr loop(SyntaxNode e) {
        var label = FnLowering.kid(e, SyntaxKind.LABEL);
        var body = FnLowering.kid(e, SyntaxKind.BLOCK_EXPR);
        IrType t = fn.irTypeOf(e);
        int result = t.isVoid() ? -1 : cfg.newLocal("$loop", t);
        int head = cfg.newBlock();
        int exit = cfg.newBlock();
        cfg.gotoBlock(head);
        cfg.switchTo(head);
        fn.loops.push(new FnLowering.Loop(label == null ? null : labelName(label), exit, head, result));
        effect(body);
        fn.loops.pop();
        cfg.gotoBlock(head);
        cfg.switchTo(exit);
        if (t instanceof IrType.Never) {
            cfg.terminate(new IrTerminator.Unreachable());
            return new IrExpr.UnitConst();
        }
        return result < 0 ? new IrExpr.UnitConst() : new IrExpr.Read(cfg.local(result));
    }

    static String labelName(SyntaxNode label) {
        String text = label.text().strip();
        return text.endsWith(":") ? text.substring(0, text.length() - 1).strip() : text;
    }

    private FnLowering.Loop target(SyntaxNode e, boolean isContinue) {
        SyntaxToken lifetime = null;
        for (var el : e.descendantTokens()) {
            if (el.kind() == SyntaxKind.LIFETIME_IDENT) {
                lifetime = el;
                break;
            }
        }
        for (var loop : fn.loops) {
            if (isContinue && loop.continueTarget() < 0) {
                continue;
            }
            if (lifetime == null || lifetime.text().equals(loop.label())) {
                return loop;
            }
        }
        throw new Unsupported("this break or continue", e.textRange());
    }

    private IrExpr breakExpr(SyntaxNode e) {
        var loop = target(e, false);
        var value = e.firstChild();
        if (value != null && value.kind() != SyntaxKind.LIFETIME) {
            IrExpr v = value(value);
            storeResult(loop.resultLocal(), v);
        }
        cfg.gotoBlock(loop.breakTarget());
        return new IrExpr.UnitConst();
    }

    private IrExpr continueExpr(SyntaxNode e) {
        cfg.gotoBlock(target(e, true).continueTarget());
        return new IrExpr.UnitConst();
    }

    private IrExpr returnExpr(SyntaxNode e) {
        var value = e.firstChild();
        IrExpr v = value == null ? new IrExpr.UnitConst() : value(value);
        if (!fn.returnType.isVoid() && !cfg.terminated()) {
            v = coerce(v, fn.returnType, e.textRange());
        }
        if (!cfg.terminated()) {
            cfg.terminate(new IrTerminator.Return(fn.erasedReturn ? Erased.box(v)
                    : fn.returnType.isVoid() ? new IrExpr.UnitConst() : v));
        }
        return new IrExpr.UnitConst();
    }

    private IrExpr record(SyntaxNode e) {
        IrType t = fn.irTypeOf(e);
        Ty ty = fn.typeOf(e);
        if (!(ty instanceof Ty.Adt adt) || !(t instanceof IrType.Adt irAdt)) {
            throw new Unsupported("this struct expression", e.textRange());
        }
        var list = FnLowering.kid(e, SyntaxKind.RECORD_EXPR_FIELD_LIST);
        SyntaxNode base = null;
        if (list != null && Nodes.hasToken(list, SyntaxKind.DOT2)) {
            for (var c : list.children()) {
                if (c.kind() != SyntaxKind.RECORD_EXPR_FIELD) {
                    base = c;
                }
            }
            if (base == null) {
                throw new Unsupported("this struct update syntax", e.textRange());
            }
        }
        var owner = Names.ownerOf(fn.ctx, fn.instance.owner().crate(), adt.def());
        AdtDef def = fn.ctx.get(TypeQueries.ADT_DEF, owner);
        var pathNode = FnLowering.kid(e, SyntaxKind.PATH);
        var resolved = pathNode == null ? null : fn.paths.get(pathNode.textRange());
        AdtDef.VariantDef variant;
        String variantName = null;
        if (def.kind() == AdtDef.Kind.ENUM) {
            Def named = resolved != null ? resolved.def() : pathNode == null ? null
                    : fn.scope().resolveStructPath(new brisk.items.TypeLowering(0).path(pathNode));
            if (!(named instanceof Def.Variant v) || !Calls.lastSegment(pathNode).equals(v.name())) {
                throw new Unsupported("this struct expression", e.textRange());
            }
            variant = def.variants().get(v.index());
            variantName = v.name();
        } else if (def.kind() == AdtDef.Kind.STRUCT) {
            variant = def.variants().getFirst();
        } else {
            throw new Unsupported("unions", e.textRange());
        }
        var fieldNodes = list == null ? List.<SyntaxNode>of() : Nodes.children(list, SyntaxKind.RECORD_EXPR_FIELD);
        var exprs = new ArrayList<SyntaxNode>();
        var names = new ArrayList<String>();
        for (var f : fieldNodes) {
            var nameRef = FnLowering.kid(f, SyntaxKind.NAME_REF);
            SyntaxNode valueNode = null;
            for (var c : f.children()) {
                if (c.kind() != SyntaxKind.NAME_REF) {
                    valueNode = c;
                }
            }
            if (valueNode == null) {
                throw new Unsupported("this field initializer", f.textRange());
            }
            names.add(nameRef != null ? nameRef.text().strip() : valueNode.text().strip());
            exprs.add(valueNode);
        }
        if (base != null) {
            exprs.add(base);
        }
        var values = operands(exprs);
        IrExpr baseValue = base == null ? null : stable(values.getLast());
        var fields = new ArrayList<IrExpr>();
        for (int i = 0; i < variant.fieldNames().size(); i++) {
            int at = names.indexOf(variant.fieldNames().get(i));
            if (at < 0 && baseValue != null) {
                // `..base`: the remaining fields move (or, when Copy, copy) out of the base value.
                Ty ft = Subst.apply(variant.fieldTypes().get(i), adt.args());
                IrType irFt = fn.types.lower(ft, e.textRange());
                if (irFt.isVoid()) {
                    continue;
                }
                IrExpr read = new IrExpr.Read(new Place.Field(baseValue, FieldRef.ofStruct(irAdt.path(),
                        AdtLowering.fieldName(variant.fieldNames().get(i)), irFt)));
                fields.add(stable(isAggregate(irFt) && fn.types.isCopy(ft) ? new IrExpr.Copy(read) : read));
                continue;
            }
            if (at < 0) {
                throw new Unsupported("this struct expression", e.textRange());
            }
            IrExpr v = values.get(at);
            if (!v.type().isVoid()) {
                IrType ft = fn.types.lower(Subst.apply(variant.fieldTypes().get(i), adt.args()), e.textRange());
                fields.add(ft instanceof IrType.Dyn && !ft.equals(v.type()) ? coerce(v, ft, e.textRange()) : v);
            }
        }
        return variantName == null ? new IrExpr.NewStruct(irAdt.path(), fields)
                : new IrExpr.NewVariant(irAdt.path(), variantName, fields);
    }

    private static IrExpr strEq(IrExpr l, IrExpr r) {
        return new IrExpr.StaticCall(Formatting.SUPPORT, "strEq", IrSig.of(IrType.BOOL, l.type(), r.type()), List.of(l, r));
    }

    /** {@code left == right} for assert_eq!: scalars and strings. */
    IrExpr equality(SyntaxNode at, IrExpr l, IrExpr r, Ty type) {
        IrType t = l.type();
        boolean scalar = t instanceof IrType.Int || t instanceof IrType.Float32 || t instanceof IrType.Float64
                || t instanceof IrType.Bool || t instanceof IrType.Char;
        if (scalar && t.equals(r.type())) {
            return new IrExpr.Compare(CmpOp.EQ, l, r);
        }
        if (WideInts.is(t) && WideInts.is(r.type())) {
            return WideInts.compare(CmpOp.EQ, l, r, false);
        }
        if ((t.equals(TypeLowering.RSTR) || t.equals(TypeLowering.RSTRING))
                && (r.type().equals(TypeLowering.RSTR) || r.type().equals(TypeLowering.RSTRING))) {
            return strEq(l, r);
        }
        return new Comparisons(fn).operator(CmpOp.EQ, l, r, type, at.textRange());
    }

    /** {@code base[index]} on a Vec or slice (which live in the runtime, not in IR places). */
    record IndexTarget(IrExpr base, IrExpr index, IrType element, String location) {}

    boolean isCollectionIndex(SyntaxNode e) {
        while (e.kind() == SyntaxKind.PAREN_EXPR) {
            e = e.firstChild();
        }
        if (e.kind() != SyntaxKind.INDEX_EXPR) {
            return false;
        }
        Ty t = fn.typeOf(e.children().get(0));
        while (t instanceof Ty.Ref r) {
            t = r.inner();
        }
        return t instanceof Ty.Slice || t instanceof Ty.Adt a && fn.types.std().is(a, "Vec");
    }

    IndexTarget indexTarget(SyntaxNode e) {
        while (e.kind() == SyntaxKind.PAREN_EXPR) {
            e = e.firstChild();
        }
        var base = e.children().get(0);
        var ops = operands(List.of(base, e.children().get(1)));
        IrExpr b = stable(ops.get(0));
        IrExpr i = stable(ops.get(1));
        if (!i.type().equals(IrType.USIZE)) {
            throw new Unsupported("indexing with ranges", e.textRange());
        }
        Ty elem = fn.types.elementType(fn.typeOf(base));
        // A slice index panics at the expression; Vec's Index impl (track_caller) at its `[`.
        int at = e.textRange().start();
        if (b.type().equals(Vecs.RVEC)) {
            var bracket = Nodes.token(e, SyntaxKind.L_BRACK);
            at = bracket == null ? at : bracket.textRange().start();
        }
        return new IndexTarget(b, i, fn.types.lower(elem, e.textRange()), fn.location(at));
    }

    private IrExpr index(SyntaxNode e) {
        var indexNode = e.children().get(1);
        if (indexNode.kind() == SyntaxKind.RANGE_EXPR) {
            return rangeIndex(e, indexNode);
        }
        if (isCollectionIndex(e)) {
            var t = indexTarget(e);
            return stable(Vecs.get(t.base(), t.index(), t.element(), t.location()));
        }
        var base = e.children().get(0);
        // The array itself, never a copy of it: `a[i]` reads (or, as a place, writes) the element in place.
        IrExpr array = stable(raw(base));
        IrExpr index = value(e.children().get(1));
        if (!(array.type() instanceof IrType.Array) || !index.type().equals(IrType.USIZE)) {
            throw new Unsupported("this indexing", e.textRange());
        }
        return stable(new IrExpr.Read(new Place.Index(array, index, fn.location(e.textRange().start()))));
    }

    /** {@code &v[a..b]} and friends on a Vec, slice or array: a sub-slice, bounds-checked like core. */
    private IrExpr rangeIndex(SyntaxNode e, SyntaxNode range) {
        var base = e.children().get(0);
        var bounds = range.children();
        boolean inclusive = Nodes.hasToken(range, SyntaxKind.DOT2EQ);
        // Which bound is present: a lone bound before `..` is the start.
        boolean hasStart = !bounds.isEmpty() && bounds.getFirst().textRange().end() <= dotsStart(range);
        boolean hasEnd = bounds.size() == 2 || (bounds.size() == 1 && !hasStart);
        var nodes = new ArrayList<SyntaxNode>();
        nodes.add(base);
        nodes.addAll(bounds);
        var ops = operands(nodes);
        IrExpr coll = stable(ops.get(0));
        if (coll.type() instanceof IrType.Array) {
            coll = coerce(coll, Vecs.RSLICE, e.textRange());
        }
        if (coll.type().equals(TypeLowering.RSTR) || coll.type().equals(TypeLowering.RSTRING)) {
            return new StrCalls(fn).slice(e, coll, hasStart ? ops.get(1) : null,
                    hasEnd ? ops.get(hasStart ? 2 : 1) : null, inclusive);
        }
        if (!coll.type().equals(Vecs.RVEC) && !coll.type().equals(Vecs.RSLICE)) {
            throw new Unsupported("slicing this type", e.textRange());
        }
        var bracket = Nodes.token(e, SyntaxKind.L_BRACK);
        var loc = new IrExpr.StringConst(fn.location(bracket == null ? e.textRange().start() : bracket.textRange().start()));
        String owner = coll.type().equals(Vecs.RVEC) ? Vecs.RVEC_CLASS : Vecs.RSLICE_CLASS;
        String method;
        List<IrExpr> args = new ArrayList<>();
        if (hasStart && hasEnd) {
            method = inclusive ? "sliceInclusive" : "slice";
            args.add(ops.get(1));
            args.add(ops.get(2));
        } else if (hasStart) {
            method = "sliceFrom";
            args.add(ops.get(1));
        } else if (hasEnd) {
            if (inclusive) {
                throw new Unsupported("`..=end` slicing", e.textRange());
            }
            method = "sliceTo";
            args.add(ops.get(1));
        } else {
            return coll.type().equals(Vecs.RVEC) ? stable(Vecs.asSlice(coll)) : coll;
        }
        for (IrExpr a : args) {
            if (!a.type().equals(IrType.USIZE)) {
                throw new Unsupported("slicing with non-usize bounds", e.textRange());
            }
        }
        args.add(loc);
        var params = args.stream().map(IrExpr::type).toList();
        return stable(new IrExpr.VirtualCall(owner, method, new IrSig(params, Vecs.RSLICE), false, coll, args));
    }

    static int dotsStart(SyntaxNode range) {
        var dots = Nodes.token(range, SyntaxKind.DOT2);
        if (dots == null) {
            dots = Nodes.token(range, SyntaxKind.DOT2EQ);
        }
        return dots == null ? range.textRange().start() : dots.textRange().start();
    }

    private IrExpr array(SyntaxNode e) {
        IrType t = fn.irTypeOf(e);
        if (!(t instanceof IrType.Array at)) {
            throw new Unsupported("this array", e.textRange());
        }
        var kids = e.children();
        if (Nodes.hasToken(e, SyntaxKind.SEMICOLON)) {
            IrExpr v = value(kids.get(0));
            var count = kids.get(1);
            if (count.kind() != SyntaxKind.LITERAL) {
                throw new Unsupported("array lengths that are not literals", count.textRange());
            }
            int n = Literals.integer(count.firstToken().text()).intValueExact();
            return stable(new IrExpr.ArrayRepeat(v, n));
        }
        return stable(new IrExpr.NewArray(at.element(), operands(kids)));
    }

    /** Writes every element of {@code slice} (a boxed copy of {@code array}) back into {@code array}. */
    void copyBack(IrExpr slice, IrExpr array) {
        IrType element = ((IrType.Array) array.type()).element();
        int i = cfg.newLocal("$i", IrType.USIZE);
        cfg.assign(cfg.local(i), new IrExpr.IntConst(brisk.lower.ir.IntKind.USIZE, 0));
        int head = cfg.newBlock();
        int body = cfg.newBlock();
        int exit = cfg.newBlock();
        cfg.gotoBlock(head);
        cfg.switchTo(head);
        IrExpr iv = new IrExpr.Read(cfg.local(i));
        cfg.terminate(new IrTerminator.Branch(new IrExpr.Compare(CmpOp.LT, iv, new IrExpr.ArrayLength(array)), body, exit));
        cfg.switchTo(body);
        cfg.assign(new Place.Index(array, iv, "<unreachable>"), Vecs.get(slice, iv, element, "<unreachable>"));
        cfg.assign(cfg.local(i), new IrExpr.Arith(ArithOp.ADD, IrType.USIZE, iv,
                new IrExpr.IntConst(brisk.lower.ir.IntKind.USIZE, 1), Overflow.WRAPPING, null));
        cfg.gotoBlock(head);
        cfg.switchTo(exit);
    }

    /** {@code value} converted to {@code target} where Rust coerces (unsizing to a slice, deref of a Vec). */
    IrExpr coerce(IrExpr value, IrType target, TextRange at) {
        if (value.type().equals(target) || value.type() instanceof IrType.Never) {
            return value;
        }
        if (target.equals(Vecs.RSLICE) && value.type().equals(Vecs.RVEC)) {
            return stable(Vecs.asSlice(value));
        }
        if (target.equals(Vecs.RSLICE) && value.type() instanceof IrType.Array a && Vecs.boxable(a.element())) {
            IrExpr array = stable(value);
            IrExpr vec = stable(Vecs.newVec(0));
            int i = cfg.newLocal("$i", IrType.USIZE);
            cfg.assign(cfg.local(i), new IrExpr.IntConst(brisk.lower.ir.IntKind.USIZE, 0));
            int head = cfg.newBlock();
            int body = cfg.newBlock();
            int exit = cfg.newBlock();
            cfg.gotoBlock(head);
            cfg.switchTo(head);
            IrExpr iv = new IrExpr.Read(cfg.local(i));
            cfg.terminate(new IrTerminator.Branch(new IrExpr.Compare(CmpOp.LT, iv, new IrExpr.ArrayLength(array)), body, exit));
            cfg.switchTo(body);
            cfg.eval(Vecs.push(vec, new IrExpr.Read(new Place.Index(array, iv, "<unreachable>"))));
            cfg.assign(cfg.local(i), new IrExpr.Arith(ArithOp.ADD, IrType.USIZE, iv,
                    new IrExpr.IntConst(brisk.lower.ir.IntKind.USIZE, 1), Overflow.WRAPPING, null));
            cfg.gotoBlock(head);
            cfg.switchTo(exit);
            return stable(Vecs.asSlice(vec));
        }
        if (target instanceof IrType.Dyn d && value.type() instanceof IrType.Adt a) {
            Ty.Adt adt = fn.types.adtOf(a.path());
            Ty.TraitRef trait = fn.types.dynTrait(d.trait());
            if (adt == null || trait == null) {
                throw new Unsupported("this coercion to a trait object", at);
            }
            fn.dynUses.add(new DynTraits.Use(adt, trait));
            return new IrExpr.ToDyn(value, d.trait());
        }
        if (target.equals(TypeLowering.RSTR) && value.type().equals(TypeLowering.RSTRING)) {
            return stable(new IrExpr.VirtualCall(StdCalls.RSTRING, "asStr", IrSig.of(TypeLowering.RSTR), false, value,
                    List.of()));
        }
        throw new Unsupported("this conversion", at);
    }

    FnRef fnRef(FnInstance instance, TextRange at) {
        return new Calls(fn).fnRef(instance, at);
    }
}
