package brisk.lower;

import brisk.items.Nodes;
import brisk.lower.ir.CmpOp;
import brisk.lower.ir.FieldRef;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrTerminator;
import brisk.lower.ir.IrType;
import brisk.lower.ir.Place;
import brisk.resolve.Def;
import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import brisk.types.AdtDef;
import brisk.types.Ty;
import brisk.types.TypeQueries;
import java.math.BigInteger;
import java.util.List;

/**
 * Patterns: {@code let} destructuring, {@code match} (arms tested in order, each pattern a chain
 * of branches to the next arm on failure, then the guard), {@code if let} / {@code while let}.
 * References are transparent (a shared reference is its referent), so {@code &p} and default
 * binding modes need no code.
 */
final class Patterns {
    private final FnLowering fn;
    private final CfgBuilder cfg;

    Patterns(FnLowering fn) {
        this.fn = fn;
        this.cfg = fn.cfg;
    }

    static boolean isPattern(SyntaxNode n) {
        return switch (n.kind()) {
            case IDENT_PAT, WILDCARD_PAT, REST_PAT, LITERAL_PAT, RANGE_PAT, TUPLE_PAT, TUPLE_STRUCT_PAT, RECORD_PAT,
                 REF_PAT, SLICE_PAT, OR_PAT, PATH_PAT, PAREN_PAT, MACRO_PAT -> true;
            default -> false;
        };
    }

    /** {@code let pat = value;} for an irrefutable pattern. */
    void bindIrrefutable(SyntaxNode pat, IrExpr value) {
        int fail = cfg.newBlock();
        test(pat, value, fail);
        int cont = cfg.current();
        cfg.switchTo(fail);
        cfg.terminate(new IrTerminator.Unreachable());
        cfg.switchTo(cont);
    }

    /** {@code if let pat = e} as a condition. */
    void letCondition(SyntaxNode let, int ifTrue, int ifFalse) {
        SyntaxNode pat = null;
        SyntaxNode scrutinee = null;
        for (var c : let.children()) {
            if (pat == null && isPattern(c)) {
                pat = c;
            } else {
                scrutinee = c;
            }
        }
        IrExpr s = fn.exprs.stable(fn.exprs.raw(scrutinee));
        test(pat, s, ifFalse);
        cfg.gotoBlock(ifTrue);
    }

    IrExpr match(SyntaxNode e) {
        SyntaxNode scrutinee = e.firstChild();
        var arms = Nodes.children(FnLowering.kid(e, SyntaxKind.MATCH_ARM_LIST), SyntaxKind.MATCH_ARM);
        IrExpr s = fn.exprs.stable(fn.exprs.raw(scrutinee));
        IrType t = fn.irTypeOf(e);
        int result = t.isVoid() ? -1 : cfg.newLocal("$match", t);
        int join = cfg.newBlock();
        for (var arm : arms) {
            SyntaxNode pat = null;
            SyntaxNode guard = FnLowering.kid(arm, SyntaxKind.MATCH_GUARD);
            SyntaxNode body = null;
            for (var c : arm.children()) {
                if (pat == null && isPattern(c)) {
                    pat = c;
                } else if (c.kind() != SyntaxKind.MATCH_GUARD) {
                    body = c;
                }
            }
            int next = cfg.newBlock();
            test(pat, s, next);
            if (guard != null) {
                int pass = cfg.newBlock();
                fn.exprs.condition(guard.firstChild(), pass, next);
                cfg.switchTo(pass);
            }
            fn.exprs.storeResult(result, fn.exprs.value(body));
            cfg.gotoBlock(join);
            cfg.switchTo(next);
        }
        cfg.terminate(new IrTerminator.Unreachable());
        cfg.switchTo(join);
        if (t instanceof IrType.Never) {
            cfg.terminate(new IrTerminator.Unreachable());
        }
        return result < 0 ? new IrExpr.UnitConst() : new IrExpr.Read(cfg.local(result));
    }

    /**
     * Emits the tests of {@code pat} against {@code value} (a stable expression), jumping to
     * {@code fail} when it does not match; on a match, code continues in the current block with
     * the pattern's bindings assigned.
     */
    void test(SyntaxNode pat, IrExpr value, int fail) {
        switch (pat.kind()) {
            case WILDCARD_PAT -> { }
            case PAREN_PAT, REF_PAT -> test(pat.firstChild(), value, fail);
            case IDENT_PAT -> ident(pat, value, fail);
            case TUPLE_PAT -> {
                var elems = pat.children();
                if (elems.stream().anyMatch(p -> p.kind() == SyntaxKind.REST_PAT)) {
                    throw new Unsupported("`..` in tuple patterns", pat.textRange());
                }
                if (value.type().isVoid()) {
                    return;
                }
                for (int i = 0; i < elems.size(); i++) {
                    test(elems.get(i), new IrExpr.Read(new Place.TupleField(value, i)), fail);
                }
            }
            case LITERAL_PAT -> compareTo(pat, value, literal(pat, value.type()), CmpOp.EQ, fail);
            case RANGE_PAT -> range(pat, value, fail);
            case OR_PAT -> or(pat, value, fail);
            case PATH_PAT, TUPLE_STRUCT_PAT, RECORD_PAT -> adt(pat, value, fail);
            default -> throw new Unsupported("this pattern (" + pat.kind() + ")", pat.textRange());
        }
    }

    private void ident(SyntaxNode pat, IrExpr value, int fail) {
        if (Nodes.hasToken(pat, SyntaxKind.REF_KW)) {
            Ty t = fn.bindingType(pat);
            if (t instanceof Ty.Ref r && r.mutable() && !(fn.types.lower(t, pat.textRange()) instanceof IrType.Adt)) {
                throw new Unsupported("`ref mut` bindings", pat.textRange());
            }
        }
        String bindingName = Nodes.name(pat);
        if (bindingName != null && !Nodes.hasToken(pat, SyntaxKind.MUT_KW) && !Nodes.hasToken(pat, SyntaxKind.REF_KW)
                && pat.children().stream().noneMatch(Patterns::isPattern) && fn.scope().isUnitLike(bindingName)) {
            // A unit variant, unit struct or constant written as a bare name: a test, not a binding.
            adt(pat, value, fail);
            return;
        }
        Ty bt = fn.bindingType(pat);
        // A binding inference left unknown takes the matched value's type, which is what rustc gives it.
        IrType t = bt instanceof Ty.Error ? value.type() : fn.types.lower(bt, pat.textRange());
        if (!t.equals(value.type())) {
            throw new Unsupported("this binding", pat.textRange());
        }
        boolean cell = fn.cellBindings.contains(pat.textRange()) && !t.isVoid();
        int local = cfg.newLocal(Nodes.name(pat), cell ? new IrType.Ref(t) : t);
        fn.bindings.put(pat.textRange(), local);
        if (!t.isVoid()) {
            IrExpr v = value;
            if ((t instanceof IrType.Adt || t instanceof IrType.Tuple) && fn.types.isCopy(bt)) {
                v = new IrExpr.Copy(value);
            }
            cfg.assign(cfg.local(local), cell ? new IrExpr.NewCell(v) : v);
        }
        var sub = pat.children().stream().filter(Patterns::isPattern).toList();
        if (!sub.isEmpty()) {
            test(sub.getFirst(), value, fail);
        }
    }

    private void or(SyntaxNode pat, IrExpr value, int fail) {
        int matched = cfg.newBlock();
        var alternatives = pat.children();
        for (var alt : alternatives) {
            if (alt.descendants().stream().anyMatch(d -> d.kind() == SyntaxKind.IDENT_PAT
                    && fn.paths.get(d.textRange()) == null)) {
                throw new Unsupported("bindings inside `|` patterns", alt.textRange());
            }
            int next = cfg.newBlock();
            test(alt, value, next);
            cfg.gotoBlock(matched);
            cfg.switchTo(next);
        }
        cfg.gotoBlock(fail);
        cfg.switchTo(matched);
    }

    private void compareTo(SyntaxNode pat, IrExpr value, IrExpr constant, CmpOp op, int fail) {
        IrType t = value.type();
        if ((t.equals(TypeLowering.RSTR) || t.equals(TypeLowering.RSTRING)) && constant.type().equals(TypeLowering.RSTR)
                && op == CmpOp.EQ) {
            int ok = cfg.newBlock();
            cfg.terminate(new IrTerminator.Branch(fn.exprs.equality(pat, value, constant, Ty.STR), ok, fail));
            cfg.switchTo(ok);
            return;
        }
        boolean scalar = t instanceof IrType.Int || t instanceof IrType.Char || t instanceof IrType.Bool
                || t instanceof IrType.Float32 || t instanceof IrType.Float64;
        boolean wide = WideInts.is(t) && WideInts.is(constant.type());
        if (!scalar && !wide) {
            throw new Unsupported("literal patterns on `" + t + "`", pat.textRange());
        }
        if (wide && op != CmpOp.EQ) {
            throw new Unsupported("range patterns on 128-bit integers", pat.textRange());
        }
        int ok = cfg.newBlock();
        IrExpr test = wide ? WideInts.compare(op, value, constant, false) : new IrExpr.Compare(op, value, constant);
        cfg.terminate(new IrTerminator.Branch(test, ok, fail));
        cfg.switchTo(ok);
    }

    private void range(SyntaxNode pat, IrExpr value, int fail) {
        var bounds = pat.children();
        boolean inclusive = Nodes.hasToken(pat, SyntaxKind.DOT2EQ) || Nodes.hasToken(pat, SyntaxKind.DOT3);
        if (bounds.size() != 2) {
            throw new Unsupported("half-open range patterns", pat.textRange());
        }
        compareTo(pat, value, literal(bounds.get(0), value.type()), CmpOp.GE, fail);
        compareTo(pat, value, literal(bounds.get(1), value.type()), inclusive ? CmpOp.LE : CmpOp.LT, fail);
    }

    /** The constant of a literal pattern (or range bound) in the scrutinee's type. */
    private IrExpr literal(SyntaxNode node, IrType type) {
        boolean negative = Nodes.hasToken(node, SyntaxKind.MINUS);
        var lit = node.kind() == SyntaxKind.LITERAL ? node : FnLowering.kid(node, SyntaxKind.LITERAL);
        if (lit == null && node.kind() == SyntaxKind.LITERAL_PAT) {
            var prefix = FnLowering.kid(node, SyntaxKind.PREFIX_EXPR);
            if (prefix != null) {
                negative = true;
                lit = FnLowering.kid(prefix, SyntaxKind.LITERAL);
            }
        }
        if (lit == null && node.kind() == SyntaxKind.PREFIX_EXPR) {
            negative = true;
            lit = FnLowering.kid(node, SyntaxKind.LITERAL);
        }
        if (lit == null && (node.kind() == SyntaxKind.LITERAL_PAT || node.kind() == SyntaxKind.PATH_EXPR
                || node.kind() == SyntaxKind.PATH_PAT)) {
            IrExpr c = Consts.primitiveConst(FnLowering.kid(node, SyntaxKind.PATH), type);
            if (c != null) {
                return c;
            }
        }
        if (lit == null) {
            throw new Unsupported("this pattern", node.textRange());
        }
        var tok = lit.firstToken();
        return switch (tok.kind()) {
            case INT_NUMBER -> {
                if (WideInts.is(type)) {
                    BigInteger v = Literals.integer(tok.text());
                    yield WideInts.constant(negative ? v.negate() : v);
                }
                if (!(type instanceof IrType.Int i)) {
                    throw new Unsupported("this pattern", node.textRange());
                }
                BigInteger v = Literals.integer(tok.text());
                yield new IrExpr.IntConst(i.kind(), i.kind().normalize((negative ? v.negate() : v).longValue()));
            }
            case CHAR -> new IrExpr.CharConst(Literals.character(tok.text()));
            case BYTE -> new IrExpr.IntConst(brisk.lower.ir.IntKind.U8, Literals.byteValue(tok.text()));
            case TRUE_KW -> new IrExpr.BoolConst(true);
            case FALSE_KW -> new IrExpr.BoolConst(false);
            case STRING -> ExprLowering.str(Literals.string(tok.text()));
            default -> throw new Unsupported("this literal pattern", node.textRange());
        };
    }

    /** Struct, tuple-struct, unit-variant and enum-variant patterns. */
    private void adt(SyntaxNode pat, IrExpr value, int fail) {
        var pathNode = pat.kind() == SyntaxKind.IDENT_PAT ? null : FnLowering.kid(pat, SyntaxKind.PATH);
        Def def;
        if (pathNode == null) {
            def = fn.scope().resolvePattern(new brisk.items.Path(brisk.items.Path.Anchor.PLAIN, 0,
                    java.util.List.of(new brisk.items.Path.Segment(Nodes.name(pat), java.util.List.of(),
                            brisk.base.TextRange.at(0))), brisk.base.TextRange.at(0)), "pattern");
        } else {
            IrExpr c = Consts.primitiveConst(pathNode, value.type());
            if (c != null) {
                compareTo(pat, value, c, CmpOp.EQ, fail);
                return;
            }
            def = fn.resolvePattern(pathNode);
        }
        if (def == null || def instanceof Def.Error) {
            throw new Unsupported("this pattern", pat.textRange());
        }
        if (!(value.type() instanceof IrType.Adt irAdt)) {
            throw new Unsupported("this pattern", pat.textRange());
        }
        Ty.Adt adt = scrutineeAdt(pat, value);
        var owner = Names.ownerOf(fn.ctx, fn.instance.owner().crate(), adt.def());
        AdtDef adtDef = fn.ctx.get(TypeQueries.ADT_DEF, owner);
        AdtDef.VariantDef variant;
        String variantName = null;
        if (def instanceof Def.Variant v) {
            variant = adtDef.variants().get(v.index());
            variantName = v.name();
            int ok = cfg.newBlock();
            cfg.terminate(new IrTerminator.Branch(new IrExpr.Compare(CmpOp.EQ, new IrExpr.Tag(value),
                    new IrExpr.IntConst(brisk.lower.ir.IntKind.I32, v.index())), ok, fail));
            cfg.switchTo(ok);
        } else if (def instanceof Def.Item item && item.kind() == Def.DefKind.STRUCT) {
            variant = adtDef.variants().getFirst();
        } else {
            throw new Unsupported("this pattern", pat.textRange());
        }
        switch (pat.kind()) {
            case TUPLE_STRUCT_PAT -> {
                var subs = pat.children().stream().filter(Patterns::isPattern).toList();
                if (subs.stream().anyMatch(p -> p.kind() == SyntaxKind.REST_PAT)) {
                    throw new Unsupported("`..` in tuple struct patterns", pat.textRange());
                }
                for (int i = 0; i < subs.size(); i++) {
                    field(subs.get(i), value, irAdt, variantName, variant, adt, i, fail);
                }
            }
            case RECORD_PAT -> {
                var list = FnLowering.kid(pat, SyntaxKind.RECORD_PAT_FIELD_LIST);
                for (var f : Nodes.children(list, SyntaxKind.RECORD_PAT_FIELD)) {
                    var nameRef = FnLowering.kid(f, SyntaxKind.NAME_REF);
                    SyntaxNode sub = null;
                    for (var c : f.children()) {
                        if (isPattern(c)) {
                            sub = c;
                        }
                    }
                    String name = nameRef != null ? nameRef.text().strip() : sub == null ? null : Nodes.name(sub);
                    int index = name == null ? -1 : variant.fieldIndex(name);
                    if (index < 0 || sub == null) {
                        throw new Unsupported("this field pattern", f.textRange());
                    }
                    field(sub, value, irAdt, variantName, variant, adt, index, fail);
                }
            }
            default -> { }
        }
    }

    private void field(SyntaxNode sub, IrExpr value, IrType.Adt irAdt, String variantName, AdtDef.VariantDef variant,
                       Ty.Adt adt, int index, int fail) {
        IrType ft = fn.types.lower(Subst.apply(variant.fieldTypes().get(index), adt.args()), sub.textRange());
        if (ft.isVoid()) {
            test(sub, new IrExpr.UnitConst(), fail);
            return;
        }
        String name = variant.fieldNames().get(index);
        FieldRef ref = variantName == null ? FieldRef.ofStruct(irAdt.path(), name, ft)
                : FieldRef.ofVariant(irAdt.path(), variantName, name, ft);
        test(sub, new IrExpr.Read(new Place.Field(value, ref)), fail);
    }

    private Ty.Adt scrutineeAdt(SyntaxNode pat, IrExpr value) {
        for (var adt : fn.types.adts()) {
            if (fn.types.lower(adt, pat.textRange()).equals(value.type())) {
                return adt;
            }
        }
        throw new Unsupported("this pattern", pat.textRange());
    }

}
