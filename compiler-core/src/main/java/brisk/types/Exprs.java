package brisk.types;

import brisk.items.Item;
import brisk.items.Nodes;
import brisk.items.SyntaxKinds;
import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import brisk.syntax.SyntaxToken;
import java.util.ArrayList;
import java.util.List;

/** Inference of expressions and statements: {@code expr(e, expected, coerce)} is the one entry point. */
final class Exprs {
    private final BodyInference inf;

    /** A loop or labeled block that {@code break} can leave, with the type its breaks produce. */
    private static final class LoopCtx {
        final String label;
        final Ty ty;
        final boolean valued;
        boolean broke;

        LoopCtx(String label, Ty ty, boolean valued) {
            this.label = label;
            this.ty = ty;
            this.valued = valued;
        }
    }

    private final java.util.ArrayDeque<LoopCtx> loops = new java.util.ArrayDeque<>();

    Exprs(BodyInference inf) {
        this.inf = inf;
    }

    void checkFnBody(SyntaxNode body, Item.Fn fn) {
        Ty t = block(body, inf.returnTy, true);
        if (!(inf.shallow(t) instanceof Ty.Never) && tail(body) == null && !inf.coerce(Ty.UNIT, inf.returnTy)
                && fn.ret() != null) {
            inf.diagnostics.add(new brisk.items.ItemDiagnostic(inf.owner.item(), false, brisk.diagnostics.Diagnostic.error(
                    "E0308", "mismatched types", new brisk.diagnostics.Span(inf.owner.item().file(), fn.ret().range()),
                    "expected `" + inf.show(inf.returnTy) + "`, found `()`")));
        }
    }

    Ty check(SyntaxNode e, Ty expected) {
        return expr(e, expected, true);
    }

    Ty infer(SyntaxNode e) {
        return expr(e, null, false);
    }

    Ty expr(SyntaxNode e, Ty exp, boolean coerce) {
        if (e == null) {
            return Ty.ERROR;
        }
        inf.ctx.checkCancelled();
        boolean checksInside = switch (e.kind()) {
            case BLOCK_EXPR, IF_EXPR, MATCH_EXPR, PAREN_EXPR -> true;
            default -> false;
        };
        Ty t = switch (e.kind()) {
            case LITERAL -> literal(e);
            case PATH_EXPR -> pathValue(e);
            case BLOCK_EXPR -> block(e, exp, coerce);
            case PAREN_EXPR -> expr(e.firstChild(), exp, coerce);
            case TUPLE_EXPR -> tuple(e, exp);
            case ARRAY_EXPR -> array(e, exp);
            case CALL_EXPR -> call(e, exp);
            case METHOD_CALL_EXPR -> methodCall(e);
            case FIELD_EXPR -> field(e);
            case INDEX_EXPR -> index(e);
            case BIN_EXPR -> Operators.binary(inf, this, e);
            case PREFIX_EXPR -> Operators.prefix(inf, this, e, exp);
            case REF_EXPR -> ref(e, exp);
            case CAST_EXPR -> cast(e);
            case IF_EXPR -> ifExpr(e, exp, coerce);
            case MATCH_EXPR -> match(e, exp, coerce);
            case LET_EXPR -> {
                Ty s = infer(scrutinee(e));
                inf.patterns.bind(patternOf(e), s);
                yield Ty.BOOL;
            }
            case WHILE_EXPR -> whileExpr(e);
            case LOOP_EXPR -> loop(e);
            case FOR_EXPR -> forExpr(e);
            case BREAK_EXPR -> breakExpr(e);
            case CONTINUE_EXPR -> Ty.NEVER;
            case RETURN_EXPR -> {
                var value = e.firstChild();
                if (value != null) {
                    check(value, inf.returnTy);
                } else if (!inf.coerce(Ty.UNIT, inf.returnTy)) {
                    inf.mismatch(inf.returnTy, Ty.UNIT, e.textRange());
                }
                yield Ty.NEVER;
            }
            case CLOSURE_EXPR -> closure(e, exp);
            case RECORD_EXPR -> record(e, exp);
            case RANGE_EXPR -> range(e, exp);
            case TRY_EXPR -> tryExpr(e);
            case MACRO_EXPR -> macro(BodyInference.kid(e, SyntaxKind.MACRO_CALL), exp);
            case MACRO_CALL -> macro(e, exp);
            default -> {
                for (var c : e.children()) {
                    if (!SyntaxKinds.TYPES.contains(c.kind())) {
                        infer(c);
                    }
                }
                yield Ty.ERROR;
            }
        };
        inf.exprTypes.put(e.textRange(), t);
        if (coerce && exp != null && !checksInside && !inf.coerce(t, exp)) {
            inf.mismatch(exp, t, e.textRange());
        }
        return t;
    }

    // ----- blocks and statements

    static SyntaxNode tail(SyntaxNode block) {
        var list = BodyInference.kid(block, SyntaxKind.STMT_LIST);
        if (list == null) {
            return null;
        }
        var last = list.children().isEmpty() ? null : list.children().getLast();
        if (last == null || last.kind() == SyntaxKind.LET_STMT || last.kind() == SyntaxKind.EXPR_STMT
                || SyntaxKinds.ITEMS.contains(last.kind()) || last.kind() == SyntaxKind.ERROR) {
            return null;
        }
        return last;
    }

    Ty block(SyntaxNode e, Ty exp, boolean coerce) {
        if (Nodes.hasToken(e, SyntaxKind.ASYNC_KW)) {
            return Ty.ERROR;
        }
        var label = BodyInference.kid(e, SyntaxKind.LABEL);
        LoopCtx ctx = null;
        if (label != null) {
            ctx = new LoopCtx(labelName(label), exp != null ? exp : inf.var(), true);
            loops.push(ctx);
        }
        var list = BodyInference.kid(e, SyntaxKind.STMT_LIST);
        var tail = tail(e);
        boolean diverges = false;
        if (list != null) {
            for (var s : list.children()) {
                if (s.equals(tail)) {
                    break;
                }
                diverges |= statement(s);
                inf.solvePending();
            }
        }
        Ty t;
        if (tail != null) {
            t = expr(tail, exp, coerce);
        } else {
            t = diverges ? Ty.NEVER : Ty.UNIT;
            if (coerce && exp != null && !diverges && !inf.coerce(Ty.UNIT, exp) && e.parent() != null) {
                inf.mismatch(exp, Ty.UNIT, e.textRange());
            }
        }
        if (ctx != null) {
            loops.pop();
            if (ctx.broke) {
                inf.table.unify(ctx.ty, t instanceof Ty.Never ? ctx.ty : t);
                t = ctx.ty;
            }
        }
        return t;
    }

    /** Infers one statement; true when it diverges (its expression has type {@code !}). */
    private boolean statement(SyntaxNode s) {
        switch (s.kind()) {
            case LET_STMT -> {
                SyntaxNode typeNode = null;
                SyntaxNode init = null;
                SyntaxNode elseBranch = null;
                for (var c : s.children()) {
                    if (SyntaxKinds.TYPES.contains(c.kind())) {
                        typeNode = c;
                    } else if (c.kind() == SyntaxKind.LET_ELSE) {
                        elseBranch = c;
                    } else if (!Patterns.isPattern(c)) {
                        init = c;
                    }
                }
                Ty declared = typeNode == null ? null : inf.lowerType(typeNode);
                Ty t = declared;
                boolean diverges = false;
                if (init != null) {
                    Ty it = declared != null ? check(init, declared) : infer(init);
                    diverges = inf.shallow(it) instanceof Ty.Never;
                    if (t == null) {
                        t = it;
                    }
                }
                if (t == null) {
                    t = inf.var();
                }
                if (elseBranch != null) {
                    var block = BodyInference.kid(elseBranch, SyntaxKind.BLOCK_EXPR);
                    if (block != null) {
                        check(block, Ty.NEVER);
                    }
                }
                var pat = patternOf(s);
                inf.patterns.bind(pat, t);
                if (declared == null && pat != null && pat.kind() == SyntaxKind.IDENT_PAT) {
                    inf.unannotatedLets.add(pat);
                }
                return diverges;
            }
            case EXPR_STMT -> {
                var e = s.firstChild();
                if (e == null) {
                    return false;
                }
                boolean semicolon = Nodes.hasToken(s, SyntaxKind.SEMICOLON);
                Ty t = !semicolon && blockLike(e) ? check(e, Ty.UNIT) : infer(e);
                return inf.shallow(t) instanceof Ty.Never;
            }
            default -> {
                if (!SyntaxKinds.ITEMS.contains(s.kind()) && s.kind() != SyntaxKind.ERROR) {
                    return inf.shallow(infer(s)) instanceof Ty.Never;
                }
                return false;
            }
        }
    }

    private static boolean blockLike(SyntaxNode e) {
        return switch (e.kind()) {
            case IF_EXPR, MATCH_EXPR, BLOCK_EXPR, WHILE_EXPR, FOR_EXPR, LOOP_EXPR -> true;
            default -> false;
        };
    }

    static SyntaxNode patternOf(SyntaxNode node) {
        for (var c : node.children()) {
            if (Patterns.isPattern(c)) {
                return c;
            }
        }
        return null;
    }

    /** The expression after {@code =} in a let expression. */
    private static SyntaxNode scrutinee(SyntaxNode let) {
        SyntaxNode out = null;
        for (var c : let.children()) {
            if (!Patterns.isPattern(c)) {
                out = c;
            }
        }
        return out;
    }

    // ----- literals and paths

    Ty literal(SyntaxNode e) {
        SyntaxToken tok = e.firstToken();
        if (tok == null) {
            return Ty.ERROR;
        }
        String text = tok.text();
        return switch (tok.kind()) {
            case INT_NUMBER -> {
                var suffix = suffix(text, true);
                yield suffix != null ? Ty.prim(suffix) : inf.table.newVar(Ty.VarKind.INT);
            }
            case FLOAT_NUMBER -> {
                var suffix = suffix(text, false);
                yield suffix != null ? Ty.prim(suffix) : inf.table.newVar(Ty.VarKind.FLOAT);
            }
            case STRING -> Ty.ref(Ty.STR);
            case BYTE_STRING -> Ty.ref(new Ty.Array(Ty.U8, -1));
            case CHAR -> Ty.CHAR;
            case BYTE -> Ty.U8;
            case TRUE_KW, FALSE_KW -> Ty.BOOL;
            default -> Ty.ERROR;
        };
    }

    private static Ty.PrimKind suffix(String text, boolean integer) {
        boolean hex = text.startsWith("0x") || text.startsWith("0X");
        for (var k : Ty.PrimKind.values()) {
            if (!k.isNumeric() || (hex && k.isFloat())) {
                continue;
            }
            String name = k.rustName();
            if (text.length() > name.length() && text.endsWith(name)) {
                return k;
            }
        }
        return null;
    }

    Ty pathValue(SyntaxNode e) {
        var pathNode = BodyInference.kid(e, SyntaxKind.PATH);
        if (pathNode == null) {
            return Ty.ERROR;
        }
        var callable = Paths.value(inf, pathNode);
        return callable == null ? Ty.ERROR : callable.asValue();
    }

    Ty local(String name) {
        int index = inf.sig.paramNames().indexOf(name);
        return index < 0 ? Ty.ERROR : inf.sig.params().get(index);
    }

    // ----- compound expressions

    private Ty tuple(SyntaxNode e, Ty exp) {
        var hint = exp == null ? null : inf.shallow(exp) instanceof Ty.Tuple t ? t : null;
        var out = new ArrayList<Ty>();
        var kids = e.children();
        for (int i = 0; i < kids.size(); i++) {
            Ty h = hint != null && hint.elements().size() == kids.size() ? hint.elements().get(i) : null;
            out.add(expr(kids.get(i), h, false));
        }
        return new Ty.Tuple(out);
    }

    private Ty array(SyntaxNode e, Ty exp) {
        Ty elemHint = null;
        if (exp != null) {
            var h = inf.shallow(exp);
            elemHint = h instanceof Ty.Array a ? a.element() : h instanceof Ty.Slice s ? s.element() : null;
        }
        var kids = e.children();
        if (Nodes.hasToken(e, SyntaxKind.SEMICOLON) && kids.size() == 2) {
            Ty el = expr(kids.get(0), elemHint, false);
            check(kids.get(1), Ty.USIZE);
            long n = kids.get(1).kind() == SyntaxKind.LITERAL ? ConstEval.length(kids.get(1).text()) : -1;
            return new Ty.Array(el, n);
        }
        Ty elem = elemHint != null ? elemHint : inf.var();
        for (var k : kids) {
            check(k, elem);
        }
        return new Ty.Array(elem, kids.size());
    }

    private Ty ref(SyntaxNode e, Ty exp) {
        boolean mut = Nodes.hasToken(e, SyntaxKind.MUT_KW);
        Ty hint = exp != null && inf.shallow(exp) instanceof Ty.Ref r ? r.inner() : null;
        var inner = e.firstChild();
        Ty t = expr(inner, hint, false);
        if (hint != null && inf.shallow(hint) instanceof Ty.Slice s && inf.shallow(t) instanceof Ty.Array a) {
            inf.table.tryUnify(a.element(), s.element());
        }
        return new Ty.Ref(t, mut);
    }

    private Ty cast(SyntaxNode e) {
        var inner = e.firstChild();
        SyntaxNode typeNode = null;
        for (var c : e.children()) {
            if (SyntaxKinds.TYPES.contains(c.kind())) {
                typeNode = c;
            }
        }
        Ty target = inf.lowerType(typeNode);
        Ty t = inf.shallow(infer(inner));
        var tt = inf.shallow(target);
        if (t instanceof Ty.Infer v && tt instanceof Ty.Prim p
                && ((v.kind() == Ty.VarKind.INT && p.kind().isInteger()) || (v.kind() == Ty.VarKind.FLOAT && p.kind().isFloat()))) {
            inf.table.unify(t, tt);
        }
        return target;
    }

    private Ty call(SyntaxNode e, Ty exp) {
        var callee = e.firstChild();
        var args = argsOf(BodyInference.kid(e, SyntaxKind.ARG_LIST));
        Callable c;
        if (callee != null && callee.kind() == SyntaxKind.PATH_EXPR && BodyInference.kid(callee, SyntaxKind.PATH) != null) {
            c = Paths.value(inf, BodyInference.kid(callee, SyntaxKind.PATH));
            inf.exprTypes.put(callee.textRange(), c == null ? Ty.ERROR : c.asValue());
        } else {
            c = Callable.fromType(inf, infer(callee));
        }
        if (c != null && c.params() == null && c.value() != null) {
            c = Callable.fromType(inf, c.value());
        }
        if (c == null || c.params() == null) {
            args.forEach(this::infer);
            return Ty.ERROR;
        }
        if (args.size() != c.params().size()) {
            inf.error("E0061", "this " + c.kindWord() + " takes " + plural(c.params().size())
                    + " but " + plural(args.size(), true) + " supplied", callee.textRange(), null);
            args.forEach(this::infer);
            return c.ret();
        }
        hintBoxedClosure(c, exp);
        checkArgs(args, c.params(), 0);
        inf.solvePending();
        if (c.fn() != null) {
            Bounds.check(inf, c, args);
            inf.callees.put(e.textRange(), new InferenceResult.Callee(c.fn(), List.of(c.generics())));
        }
        return c.ret();
    }

    /**
     * {@code Box::new(|x| ..)} where a {@code Box<dyn Fn(A) -> R>} is expected: the closure argument
     * takes A, as rustc's expectation for the call's inputs gives it.
     */
    private void hintBoxedClosure(Callable c, Ty exp) {
        if (exp == null || !(inf.shallow(exp) instanceof Ty.Adt box) || !inf.std.is(box, "Box") || box.args().isEmpty()
                || !(inf.shallow(box.args().getFirst()) instanceof Ty.Dyn d) || !StdItems.isFnTrait(d.trait().name())) {
            return;
        }
        if (inf.shallow(c.ret()) instanceof Ty.Adt ret && inf.std.is(ret, "Box") && !ret.args().isEmpty()
                && inf.shallow(ret.args().getFirst()) instanceof Ty.Infer v && !inf.closureHints.containsKey(v.var())) {
            inf.closureHints.put(v.var(), Callable.dynPredicate(v, d, inf.var()));
        }
    }

    static String plural(int n) {
        return n + (n == 1 ? " argument" : " arguments");
    }

    static String plural(int n, boolean supplied) {
        return n + (n == 1 ? " argument was" : " arguments were");
    }

    void checkArgs(List<SyntaxNode> args, List<Ty> params, int offset) {
        for (int i = 0; i < args.size(); i++) {
            Ty p = params.get(i + offset);
            var arg = args.get(i);
            if (arg.kind() == SyntaxKind.CLOSURE_EXPR && inf.shallow(p) instanceof Ty.Infer v) {
                var hint = inf.closureHints.get(v.var());
                Ty ct = closureWithHint(arg, hint);
                inf.exprTypes.put(arg.textRange(), ct);
                inf.table.unify(v, ct);
            } else {
                check(arg, p);
            }
        }
    }

    static List<SyntaxNode> argsOf(SyntaxNode argList) {
        return argList == null ? List.of() : argList.children();
    }

    private Ty methodCall(SyntaxNode e) {
        var receiver = e.firstChild();
        var nameRef = BodyInference.kid(e, SyntaxKind.NAME_REF);
        var args = argsOf(BodyInference.kid(e, SyntaxKind.ARG_LIST));
        Ty rt = infer(receiver);
        if (nameRef == null) {
            args.forEach(this::infer);
            return Ty.ERROR;
        }
        if (inf.shallow(rt) instanceof Ty.Infer) {
            inf.solvePending();
        }
        String name = Nodes.identText(nameRef);
        var picked = inf.methods.lookup(rt, name);
        if (picked == null) {
            Ty r = inf.table.resolve(rt);
            if (!inf.table.isUnknown(r) && !(r instanceof Ty.Never)) {
                if (inf.methods.fullyKnown(r, name)) {
                    inf.error("E0599", "no method named `" + name + "` found for " + describe(r)
                            + " in the current scope", nameRef.textRange(), "method not found in `" + inf.show(r) + "`");
                } else {
                    inf.error(null, "brisk does not support the method `" + name + "` of `" + inf.show(r) + "` yet",
                            nameRef.textRange(), "not in brisk's model of the standard library");
                }
            }
            args.forEach(this::infer);
            return Ty.ERROR;
        }
        var turbofish = BodyInference.kid(e, SyntaxKind.GENERIC_ARG_LIST);
        if (turbofish != null) {
            int at = picked.sig().generics().containerCount();
            for (var arg : turbofish.children()) {
                if (arg.kind() == SyntaxKind.TYPE_ARG && at < picked.generics().length) {
                    inf.table.unify(picked.generics()[at++], inf.lowerType(arg.firstChild()));
                }
            }
        }
        inf.callees.put(e.textRange(), new InferenceResult.Callee(picked.fn(), List.of(picked.generics())));
        if (!picked.adjust().isEmpty()) {
            inf.adjustments.put(receiver.textRange(), picked.adjust());
        }
        if (args.size() != picked.params().size() - 1) {
            inf.error("E0061", "this method takes " + plural(picked.params().size() - 1) + " but "
                    + plural(args.size(), true) + " supplied", nameRef.textRange(), null);
            args.forEach(this::infer);
            return picked.ret();
        }
        checkArgs(args, picked.params(), 1);
        inf.solvePending();
        return inf.normalize(inf.table.resolve(picked.ret()));
    }

    String describe(Ty t) {
        if (t instanceof Ty.Adt a) {
            var def = inf.adt(a);
            return (def == null ? "struct" : def.kindWord()) + " `" + inf.show(t) + "`";
        }
        return TyDisplay.kindWord(t) + " `" + inf.show(t) + "`";
    }

    private Ty field(SyntaxNode e) {
        var receiver = e.firstChild();
        var nameRef = BodyInference.kid(e, SyntaxKind.NAME_REF);
        Ty rt = infer(receiver);
        if (nameRef == null) {
            return Ty.ERROR;
        }
        String name = nameRef.text().strip();
        var adjust = new ArrayList<InferenceResult.Adjustment>();
        Ty t = inf.methods.field(rt, name, adjust);
        if (t == null) {
            Ty r = inf.table.resolve(rt);
            Ty base = r;
            while (base instanceof Ty.Ref ref) {
                base = ref.inner();
            }
            if (!inf.table.isUnknown(r) && (base instanceof Ty.Tuple || (base instanceof Ty.Adt a && !inf.methods.isStdOpaque(a)))) {
                inf.error("E0609", "no field `" + name + "` on type `" + inf.show(r) + "`", nameRef.textRange(),
                        "unknown field");
            }
            return Ty.ERROR;
        }
        if (!adjust.isEmpty()) {
            inf.adjustments.put(receiver.textRange(), List.copyOf(adjust));
        }
        return t;
    }

    private Ty index(SyntaxNode e) {
        var kids = e.children();
        if (kids.size() != 2) {
            kids.forEach(this::infer);
            return Ty.ERROR;
        }
        Ty base = infer(kids.get(0));
        Ty idx = inf.shallow(infer(kids.get(1)));
        boolean range = idx instanceof Ty.Adt a && (inf.std.is(a, "Range") || inf.std.is(a, "RangeInclusive")
                || inf.std.is(a, "RangeFrom") || inf.std.is(a, "RangeTo") || inf.std.is(a, "RangeFull")
                || inf.std.is(a, "RangeToInclusive"));
        if (range && !((Ty.Adt) idx).args().isEmpty()) {
            inf.table.tryUnify(((Ty.Adt) idx).args().getFirst(), Ty.USIZE);
        }
        Ty step = base;
        for (int depth = 0; depth < 8 && step != null; depth++) {
            step = inf.shallow(step);
            Ty elem = step instanceof Ty.Array a ? a.element() : step instanceof Ty.Slice s ? s.element() : null;
            if (elem != null) {
                if (range) {
                    return new Ty.Slice(elem);
                }
                if (!inf.coerce(idx, Ty.USIZE)) {
                    return Ty.ERROR;
                }
                return elem;
            }
            if (step instanceof Ty.Prim p && p.kind() == Ty.PrimKind.STR && range) {
                return Ty.STR;
            }
            if (inf.std.is(step, "HashMap")) {
                return ((Ty.Adt) step).args().get(1);
            }
            if (step instanceof Ty.Infer || step instanceof Ty.Error) {
                return Ty.ERROR;
            }
            step = inf.methods.derefOnce(step);
        }
        return Ty.ERROR;
    }

    private Ty ifExpr(SyntaxNode e, Ty exp, boolean coerce) {
        SyntaxNode cond = null;
        SyntaxNode then = null;
        SyntaxNode other = null;
        for (var c : e.children()) {
            if (cond == null) {
                cond = c;
            } else if (then == null) {
                then = c;
            } else {
                other = c;
            }
        }
        condition(cond);
        if (other == null) {
            expr(then, Ty.UNIT, true);
            return Ty.UNIT;
        }
        if (coerce && exp != null) {
            Ty a = expr(then, exp, true);
            Ty b = expr(other, exp, true);
            return inf.shallow(a) instanceof Ty.Never && inf.shallow(b) instanceof Ty.Never ? Ty.NEVER : exp;
        }
        Ty a = expr(then, exp, false);
        if (inf.shallow(a) instanceof Ty.Never) {
            return expr(other, exp, false);
        }
        Ty b = expr(other, a, false);
        if (!inf.coerce(b, a)) {
            var at = other.kind() == SyntaxKind.BLOCK_EXPR && tail(other) != null ? tail(other) : other;
            inf.error("E0308", "`if` and `else` have incompatible types", at.textRange(), inf.expectedFound(a, b));
        }
        return a;
    }

    private void condition(SyntaxNode cond) {
        if (cond == null) {
            return;
        }
        if (cond.kind() == SyntaxKind.LET_EXPR) {
            infer(cond);
        } else if (cond.kind() == SyntaxKind.BIN_EXPR && Nodes.hasToken(cond, SyntaxKind.AMP2)
                && cond.descendants().stream().anyMatch(d -> d.kind() == SyntaxKind.LET_EXPR)) {
            cond.children().forEach(this::condition);
            inf.exprTypes.put(cond.textRange(), Ty.BOOL);
        } else {
            check(cond, Ty.BOOL);
        }
    }

    private Ty match(SyntaxNode e, Ty exp, boolean coerce) {
        SyntaxNode scrutinee = null;
        SyntaxNode arms = null;
        for (var c : e.children()) {
            if (c.kind() == SyntaxKind.MATCH_ARM_LIST) {
                arms = c;
            } else if (scrutinee == null) {
                scrutinee = c;
            }
        }
        Ty s = infer(scrutinee);
        if (arms == null) {
            return Ty.ERROR;
        }
        Ty result = coerce && exp != null ? exp : null;
        boolean allNever = true;
        for (var arm : BodyInference.kids(arms, SyntaxKind.MATCH_ARM)) {
            inf.patterns.bind(patternOf(arm), s);
            SyntaxNode body = null;
            for (var part : arm.children()) {
                if (part.kind() == SyntaxKind.MATCH_GUARD) {
                    var g = part.firstChild();
                    if (g != null) {
                        condition(g);
                    }
                } else if (!Patterns.isPattern(part)) {
                    body = part;
                }
            }
            if (body == null) {
                continue;
            }
            Ty t;
            if (coerce && exp != null) {
                t = expr(body, exp, true);
            } else if (result == null) {
                t = expr(body, exp, false);
                if (!(inf.shallow(t) instanceof Ty.Never)) {
                    result = t;
                }
            } else {
                t = expr(body, result, false);
                if (!inf.coerce(t, result)) {
                    var at = body.kind() == SyntaxKind.BLOCK_EXPR && tail(body) != null ? tail(body) : body;
                    inf.error("E0308", "`match` arms have incompatible types", at.textRange(),
                            inf.expectedFound(result, t));
                }
            }
            allNever &= inf.shallow(t) instanceof Ty.Never;
        }
        if (allNever) {
            return Ty.NEVER;
        }
        return result == null ? Ty.NEVER : result;
    }

    private static String labelName(SyntaxNode label) {
        var lt = BodyInference.kid(label, SyntaxKind.LIFETIME);
        return lt == null ? null : lt.text().strip();
    }

    private Ty whileExpr(SyntaxNode e) {
        var label = BodyInference.kid(e, SyntaxKind.LABEL);
        SyntaxNode body = BodyInference.kid(e, SyntaxKind.BLOCK_EXPR);
        for (var c : e.children()) {
            if (!c.equals(body) && c.kind() != SyntaxKind.LABEL) {
                condition(c);
                break;
            }
        }
        loops.push(new LoopCtx(label == null ? null : labelName(label), Ty.UNIT, false));
        if (body != null) {
            check(body, Ty.UNIT);
        }
        loops.pop();
        return Ty.UNIT;
    }

    private Ty loop(SyntaxNode e) {
        var label = BodyInference.kid(e, SyntaxKind.LABEL);
        var ctx = new LoopCtx(label == null ? null : labelName(label), inf.var(), true);
        loops.push(ctx);
        var body = BodyInference.kid(e, SyntaxKind.BLOCK_EXPR);
        if (body != null) {
            check(body, Ty.UNIT);
        }
        loops.pop();
        return ctx.broke ? ctx.ty : Ty.NEVER;
    }

    private Ty forExpr(SyntaxNode e) {
        var label = BodyInference.kid(e, SyntaxKind.LABEL);
        SyntaxNode pat = null;
        SyntaxNode iterable = null;
        var body = BodyInference.kid(e, SyntaxKind.BLOCK_EXPR);
        for (var c : e.children()) {
            if (Patterns.isPattern(c) && pat == null) {
                pat = c;
            } else if (!c.equals(body) && c.kind() != SyntaxKind.LABEL && iterable == null) {
                iterable = c;
            }
        }
        Ty it = infer(iterable);
        inf.patterns.bind(pat, Iteration.itemOf(inf, it));
        loops.push(new LoopCtx(label == null ? null : labelName(label), Ty.UNIT, false));
        if (body != null) {
            check(body, Ty.UNIT);
        }
        loops.pop();
        return Ty.UNIT;
    }

    private Ty breakExpr(SyntaxNode e) {
        var lifetime = BodyInference.kid(e, SyntaxKind.LIFETIME);
        String label = lifetime == null ? null : lifetime.text().strip();
        SyntaxNode value = null;
        for (var c : e.children()) {
            if (c.kind() != SyntaxKind.LIFETIME) {
                value = c;
            }
        }
        LoopCtx target = null;
        for (var ctx : loops) {
            if (label == null || label.equals(ctx.label)) {
                target = ctx;
                break;
            }
        }
        if (target == null) {
            if (value != null) {
                infer(value);
            }
            return Ty.NEVER;
        }
        target.broke = true;
        if (value != null) {
            check(value, target.valued ? target.ty : Ty.ERROR);
        } else if (target.valued && !inf.coerce(Ty.UNIT, target.ty)) {
            inf.mismatch(target.ty, Ty.UNIT, e.textRange());
        }
        return Ty.NEVER;
    }

    Ty closure(SyntaxNode e, Ty exp) {
        Predicate hint = null;
        if (exp != null && inf.shallow(exp) instanceof Ty.Infer v) {
            hint = inf.closureHints.get(v.var());
        }
        if (exp != null && inf.shallow(exp) instanceof Ty.FnPtr f) {
            hint = new Predicate(Ty.ERROR, new Ty.TraitRef(inf.std.get("Fn"), "Fn", List.of(new Ty.Tuple(f.params()))),
                    java.util.Map.of("Output", f.ret()));
        }
        if (exp != null && inf.shallow(exp) instanceof Ty.Dyn d && StdItems.isFnTrait(d.trait().name())) {
            // `Box::new(|x| ..)` where a `Box<dyn Fn(A) -> R>` is expected: the closure takes A.
            hint = Callable.dynPredicate(Ty.ERROR, d, inf.var());
        }
        if (exp != null && inf.shallow(exp) instanceof Ty.Opaque o) {
            // `-> impl Fn(A) -> R`: the bound types the closure like an Fn-bounded generic would.
            for (var bound : o.bounds()) {
                if (StdItems.isFnTrait(bound.name())) {
                    hint = new Predicate(Ty.ERROR, bound, o.assoc());
                }
            }
        }
        return closureWithHint(e, hint);
    }

    Ty closureWithHint(SyntaxNode e, Predicate hint) {
        var params = new ArrayList<Ty>();
        var list = BodyInference.kid(e, SyntaxKind.PARAM_LIST);
        var hintParams = hint == null ? null : hint.fnSugarParams();
        var ps = list == null ? List.<SyntaxNode>of() : BodyInference.kids(list, SyntaxKind.PARAM);
        for (int i = 0; i < ps.size(); i++) {
            var p = ps.get(i);
            SyntaxNode typeNode = null;
            for (var c : p.children()) {
                if (SyntaxKinds.TYPES.contains(c.kind())) {
                    typeNode = c;
                }
            }
            Ty t = typeNode != null ? inf.lowerType(typeNode)
                    : hintParams != null && i < hintParams.size() ? inf.normalize(hintParams.get(i)) : inf.var();
            if (typeNode != null && hintParams != null && i < hintParams.size()) {
                inf.table.tryUnify(t, inf.normalize(hintParams.get(i)));
            }
            params.add(t);
            inf.patterns.bind(patternOf(p), t);
        }
        var retNode = BodyInference.kid(e, SyntaxKind.RET_TYPE);
        Ty ret = retNode != null ? inf.lowerType(retNode.firstChild())
                : hint != null && hint.assoc().containsKey("Output") ? inf.normalize(hint.assoc().get("Output")) : inf.var();
        SyntaxNode body = null;
        for (var c : e.children()) {
            if (!c.equals(list) && !c.equals(retNode)) {
                body = c;
            }
        }
        Ty saved = inf.returnTy;
        var savedLoops = new ArrayList<>(loops);
        loops.clear();
        inf.returnTy = ret;
        if (body != null) {
            check(body, ret);
        }
        inf.returnTy = saved;
        savedLoops.reversed().forEach(loops::push);
        Ty t = new Ty.Closure(inf.closureCount++, params, ret);
        inf.exprTypes.put(e.textRange(), t);
        return t;
    }

    private Ty record(SyntaxNode e, Ty exp) {
        var pathNode = BodyInference.kid(e, SyntaxKind.PATH);
        var fields = BodyInference.kid(e, SyntaxKind.RECORD_EXPR_FIELD_LIST);
        var target = pathNode == null ? null : Paths.structTarget(inf, inf.path(pathNode), false);
        if (target == null) {
            if (fields != null) {
                for (var f : fields.children()) {
                    var v = f.kind() == SyntaxKind.RECORD_EXPR_FIELD ? lastExpr(f) : f;
                    if (v != null) {
                        infer(v);
                    }
                }
            }
            return Ty.ERROR;
        }
        Ty.Adt adt = target.adt();
        if (exp != null) {
            inf.table.tryUnify(adt, exp);
        }
        var variant = target.variant();
        var args = adt.args().toArray(Ty[]::new);
        if (fields != null) {
            for (var f : fields.children()) {
                if (f.kind() == SyntaxKind.RECORD_EXPR_FIELD) {
                    var nameRef = BodyInference.kid(f, SyntaxKind.NAME_REF);
                    var value = lastExpr(f);
                    String name = nameRef != null ? Nodes.identText(nameRef)
                            : value != null ? value.text().strip() : null;
                    int index = name == null ? -1 : variant.fieldIndex(name);
                    if (value == null) {
                        continue;
                    }
                    if (index < 0) {
                        infer(value);
                    } else {
                        check(value, Subst.apply(variant.fieldTypes().get(index), args, null));
                    }
                } else if (!Nodes.hasToken(f, SyntaxKind.DOT2) || f.kind() != SyntaxKind.ERROR) {
                    check(f, adt);
                }
            }
        }
        return adt;
    }

    private static SyntaxNode lastExpr(SyntaxNode field) {
        SyntaxNode out = null;
        for (var c : field.children()) {
            if (c.kind() != SyntaxKind.NAME_REF) {
                out = c;
            }
        }
        return out;
    }

    private Ty range(SyntaxNode e, Ty exp) {
        boolean inclusive = Nodes.hasToken(e, SyntaxKind.DOT2EQ);
        SyntaxNode start = null;
        SyntaxNode end = null;
        for (var el : e.childrenWithTokens()) {
            if (el instanceof SyntaxNode n) {
                if (start == null && end == null && n.textRange().end() <= opOffset(e)) {
                    start = n;
                } else {
                    end = n;
                }
            }
        }
        Ty elem = inf.var();
        if (start != null) {
            check(start, elem);
        }
        if (end != null) {
            check(end, elem);
        }
        String name = start != null && end != null ? (inclusive ? "RangeInclusive" : "Range")
                : start != null ? "RangeFrom" : end != null ? (inclusive ? "RangeToInclusive" : "RangeTo") : "RangeFull";
        return name.equals("RangeFull") ? inf.stdAdt(name) : inf.stdAdt(name, elem);
    }

    private static int opOffset(SyntaxNode e) {
        for (var el : e.childrenWithTokens()) {
            if (el instanceof SyntaxToken t && (t.kind() == SyntaxKind.DOT2 || t.kind() == SyntaxKind.DOT2EQ)) {
                return t.textRange().start();
            }
        }
        return e.textRange().end();
    }

    private Ty tryExpr(SyntaxNode e) {
        Ty t = inf.shallow(infer(e.firstChild()));
        if (t instanceof Ty.Adt a && (inf.std.is(a, "Option") || inf.std.is(a, "Result"))) {
            return a.args().getFirst();
        }
        return Ty.ERROR;
    }

    private Ty macro(SyntaxNode call, Ty exp) {
        return call == null ? Ty.ERROR : Macros.infer(inf, this, call, exp);
    }
}
