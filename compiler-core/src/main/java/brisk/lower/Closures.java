package brisk.lower;

import brisk.base.TextRange;
import brisk.items.Nodes;
import brisk.lower.ir.FnRef;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrFunction;
import brisk.lower.ir.IrSig;
import brisk.lower.ir.IrTerminator;
import brisk.lower.ir.IrType;
import brisk.lower.ir.Place;
import brisk.resolve.BodyOwner;
import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import brisk.types.Ty;
import brisk.types.TypeQueries;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Closures. Each closure body becomes a function of its own in the enclosing fn's module, taking
 * its captures first and then its parameters erased ({@code Object}s, see {@link Erased}), and
 * returning its value boxed; the closure value is an {@link IrExpr.MakeFn} binding the captures
 * (a {@code brisk.runtime.RFnN} object).
 *
 * <p>Captures follow rustc's capture modes where they are observable: a variable a non-{@code move}
 * closure assigns (or borrows {@code &mut}) lives in a cell ({@link IrType.Ref}) for its whole life,
 * shared by the fn and the closure ({@link #findCells}); other captures are the value itself (a
 * shared borrow of a scalar cannot observe a change, and objects are shared by reference). A
 * {@code move} closure copies its captures; one it mutates gets a fresh cell of its own, the
 * closure's state across calls. Fn items used as values get a shim function the same way.
 */
final class Closures {
    private final FnLowering fn;

    Closures(FnLowering fn) {
        this.fn = fn;
    }

    // ----- capture analysis

    /** What a path inside a closure names in the fn: a binding by its pattern range, or a parameter by name. */
    private record Key(TextRange binding, String param) {}

    private static Key key(FnLowering fn, brisk.resolve.BodyResolution.ResolvedPath p, SyntaxNode root) {
        if (p.local() == null) {
            return null;
        }
        if (p.local().equals(TextRange.at(0))) {
            var node = nodeAt(root, p.range());
            return node == null ? null : new Key(null, node.text().strip());
        }
        return new Key(p.local(), null);
    }

    private static SyntaxNode nodeAt(SyntaxNode root, TextRange range) {
        SyntaxNode n = root;
        outer:
        while (n != null) {
            if (n.textRange().equals(range)) {
                return n;
            }
            for (var c : n.children()) {
                if (c.textRange().containsRange(range)) {
                    n = c;
                    continue outer;
                }
            }
            return null;
        }
        return null;
    }

    /** The fn's variables a closure uses (in first-use order), including through nested closures and macros. */
    private static List<Key> captures(FnLowering fn, SyntaxNode closure, SyntaxNode root) {
        var found = new LinkedHashMap<Key, Boolean>();
        var inside = new ArrayList<brisk.resolve.BodyResolution.ResolvedPath>();
        for (var p : fn.paths.values()) {
            if (closure.textRange().containsRange(p.range())) {
                inside.add(p);
            }
        }
        inside.sort((a, b) -> Integer.compare(a.range().start(), b.range().start()));
        for (var p : inside) {
            Key k = key(fn, p, root);
            if (k != null && (k.binding == null || !closure.textRange().containsRange(k.binding))) {
                found.put(k, true);
            }
        }
        for (var d : closure.descendants()) {
            if (d.kind() == SyntaxKind.PATH_EXPR && d.text().strip().equals("self") && fn.params.containsKey("self")) {
                found.putIfAbsent(new Key(null, "self"), true);
            }
        }
        return new ArrayList<>(found.keySet());
    }

    /** The fn's variables a closure assigns or borrows mutably. */
    private static List<Key> mutated(FnLowering fn, SyntaxNode closure, SyntaxNode root) {
        var out = new ArrayList<Key>();
        for (var d : closure.descendants()) {
            SyntaxNode target = null;
            if (d.kind() == SyntaxKind.BIN_EXPR) {
                var op = ExprLowering.operatorToken(d);
                if (op != null && isAssignment(op.kind()) && !d.children().isEmpty()) {
                    target = d.children().getFirst();
                }
            } else if (d.kind() == SyntaxKind.REF_EXPR && Nodes.hasToken(d, SyntaxKind.MUT_KW)) {
                target = d.firstChild();
            }
            while (target != null && target.kind() == SyntaxKind.PAREN_EXPR) {
                target = target.firstChild();
            }
            if (target == null || target.kind() != SyntaxKind.PATH_EXPR) {
                continue;
            }
            var pathNode = FnLowering.kid(target, SyntaxKind.PATH);
            var resolved = pathNode == null ? null : fn.paths.get(pathNode.textRange());
            Key k = resolved == null ? null : key(fn, resolved, root);
            if (k != null && (k.binding == null || !closure.textRange().containsRange(k.binding))) {
                out.add(k);
            }
        }
        return out;
    }

    private static boolean isAssignment(SyntaxKind k) {
        return switch (k) {
            case EQ, PLUSEQ, MINUSEQ, STAREQ, SLASHEQ, PERCENTEQ, CARETEQ, AMPEQ, PIPEEQ, SHLEQ, SHREQ -> true;
            default -> false;
        };
    }

    /** Marks every variable a non-move closure of {@code body} mutates as living in a cell. */
    static void findCells(FnLowering fn, SyntaxNode body) {
        for (var d : body.descendants()) {
            if (d.kind() == SyntaxKind.MACRO_CALL) {
                // std macros' arguments are re-parsed with the body's offsets; closures there count too.
                var path = FnLowering.kid(d, SyntaxKind.PATH);
                var args = brisk.resolve.MacroArgs.arguments(d, path != null && path.text().strip().endsWith("vec"));
                if (args != null) {
                    findCells(fn, args);
                }
            }
            if (d.kind() == SyntaxKind.CLOSURE_EXPR && !Nodes.hasToken(d, SyntaxKind.MOVE_KW)) {
                for (Key k : mutated(fn, d, body)) {
                    if (k.binding != null) {
                        fn.cellBindings.add(k.binding);
                    } else {
                        fn.cellParams.add(k.param);
                    }
                }
            }
        }
    }

    /** Moves the parameters closures mutate into cells (at the start of the fn). */
    static void boxParams(FnLowering fn) {
        for (String name : fn.cellParams) {
            Integer index = fn.params.get(name);
            if (index == null) {
                continue;
            }
            IrType t = fn.cfg.locals().get(index).type();
            if (t.isVoid()) {
                throw new Unsupported("closures mutating a `()` parameter", TextRange.at(0));
            }
            int cell = fn.cfg.newLocal(name, new IrType.Ref(t));
            fn.cfg.assign(fn.cfg.local(cell), new IrExpr.NewCell(new IrExpr.Read(fn.cfg.local(index))));
            fn.params.put(name, cell);
        }
    }

    /** The place of a local: through its cell when it lives in one. */
    static Place localPlace(FnLowering fn, int index) {
        Place.Local local = fn.cfg.local(index);
        return local.type() instanceof IrType.Ref ? new Place.Deref(new IrExpr.Read(local)) : local;
    }

    // ----- closure expressions

    IrExpr closure(SyntaxNode e) {
        if (!(fn.typeOf(e) instanceof Ty.Closure type)) {
            throw new Unsupported("this closure", e.textRange());
        }
        SyntaxNode root = e;
        while (root.parent() != null) {
            root = root.parent();
        }
        boolean move = Nodes.hasToken(e, SyntaxKind.MOVE_KW);
        var keys = captures(fn, e, root);
        var mutatedHere = mutated(fn, e, root);
        var child = new FnLowering(fn);
        var captured = new ArrayList<IrExpr>();
        var paramTypes = new ArrayList<IrType>();
        for (Key k : keys) {
            Integer index = k.binding != null ? fn.bindings.get(k.binding) : fn.params.get(k.param);
            if (index == null) {
                throw new Unsupported("capturing this variable", e.textRange());
            }
            var local = fn.cfg.local(index);
            String name = fn.cfg.locals().get(index).name();
            IrExpr value;
            if (local.type() instanceof IrType.Ref cellType) {
                value = move ? ownCell(k, mutatedHere, new IrExpr.Read(new Place.Deref(new IrExpr.Read(local))))
                        : new IrExpr.Read(local);
                if (!move && value.type().equals(cellType) == false) {
                    throw new Unsupported("this capture", e.textRange());
                }
            } else {
                if (!move && mutatedHere.contains(k)) {
                    throw new Unsupported("closures mutating this variable", e.textRange());
                }
                IrExpr v = new IrExpr.Read(local);
                value = move ? ownCell(k, mutatedHere, copyIfAggregate(v)) : v;
            }
            if (value.type().isVoid()) {
                continue;
            }
            int childLocal = child.cfg.newLocal(name, value.type());
            if (k.binding != null) {
                child.bindings.put(k.binding, childLocal);
            } else {
                child.params.put(k.param, childLocal);
            }
            captured.add(fn.exprs.stable(value));
            paramTypes.add(value.type());
        }
        var list = FnLowering.kid(e, SyntaxKind.PARAM_LIST);
        var params = list == null ? List.<SyntaxNode>of() : Nodes.children(list, SyntaxKind.PARAM);
        int firstParam = child.cfg.locals().size();
        for (int i = 0; i < params.size(); i++) {
            child.cfg.newLocal("$arg" + i, IrType.OBJECT);
            paramTypes.add(IrType.OBJECT);
        }
        for (int i = 0; i < params.size(); i++) {
            var pat = params.get(i).children().stream().filter(Patterns::isPattern).findFirst().orElse(null);
            if (pat == null) {
                throw new Unsupported("this closure parameter", params.get(i).textRange());
            }
            IrType t = fn.types.lower(type.params().get(i), pat.textRange());
            IrExpr arg = child.exprs.stable(Erased.unbox(new IrExpr.Read(child.cfg.local(firstParam + i)), t));
            new Patterns(child).bindIrrefutable(pat, arg);
        }
        child.returnType = fn.types.lower(type.ret(), e.textRange());
        child.erasedReturn = true;
        child.rustReturnType = type.ret();
        SyntaxNode body = null;
        for (var c : e.children()) {
            if (c.kind() != SyntaxKind.PARAM_LIST && c.kind() != SyntaxKind.RET_TYPE) {
                body = c;
            }
        }
        if (body == null) {
            throw new Unsupported("this closure", e.textRange());
        }
        IrExpr result = child.exprs.value(body);
        if (!child.cfg.terminated()) {
            child.cfg.terminate(new IrTerminator.Return(Erased.box(result)));
        }
        String name = Names.fnName(fn.ctx, fn.instance) + "$closure" + fn.closureFns.size();
        var module = Names.modulePath(fn.ctx, fn.instance.owner().crate(), fn.instance.owner().module());
        var sig = new IrSig(paramTypes, IrType.OBJECT);
        // Reserve the name before registering, so nested closures lowered above got lower numbers.
        fn.closureFns.add(new IrFunction(module, name, sig, child.cfg.locals(), child.cfg.blocks()));
        fn.callees.addAll(child.callees);
        fn.dynUses.addAll(child.dynUses);
        return fn.exprs.stable(new IrExpr.MakeFn(new FnRef(module, name, sig), captured));
    }

    private static IrExpr ownCell(Key k, List<Key> mutatedHere, IrExpr value) {
        return mutatedHere.contains(k) ? new IrExpr.NewCell(value) : value;
    }

    private IrExpr copyIfAggregate(IrExpr v) {
        IrType t = v.type();
        return t instanceof IrType.Adt || t instanceof IrType.Tuple || t instanceof IrType.Array ? new IrExpr.Copy(v) : v;
    }

    // ----- calls of callable values and fn items as values

    /** {@code f(args)} where {@code f} is a callable value (closure, fn pointer, {@code impl Fn}, ...). */
    IrExpr callValue(SyntaxNode e, SyntaxNode callee, List<SyntaxNode> args) {
        var nodes = new ArrayList<SyntaxNode>();
        nodes.add(callee);
        nodes.addAll(args);
        var values = fn.exprs.operands(nodes);
        IrExpr f = values.getFirst();
        if (!(f.type() instanceof IrType.FnPtr)) {
            throw new Unsupported("calls of this kind", e.textRange());
        }
        IrType result = fn.irTypeOf(e);
        return fn.exprs.stable(Erased.call(f, values.subList(1, values.size()), result));
    }

    /** A non-generic fn item used as a value: a shim function with the erased calling convention. */
    IrExpr fnItemValue(SyntaxNode e, Ty.FnDef def) {
        BodyOwner owner = def.fn().owner();
        var targetSig = fn.ctx.get(TypeQueries.FN_SIGNATURE, owner);
        if (targetSig.generics().size() > 0 || new Calls(fn).isStd(owner)) {
            throw new Unsupported("generic or std fns used as values", e.textRange());
        }
        var instance = new FnInstance(owner, List.of());
        FnRef target = fn.exprs.fnRef(instance, e.textRange());
        fn.callees.add(instance);
        var cfg = new CfgBuilder();
        int n = target.sig().params().size();
        for (int i = 0; i < n; i++) {
            cfg.newLocal("$arg" + i, IrType.OBJECT);
        }
        var args = new ArrayList<IrExpr>();
        for (int i = 0; i < n; i++) {
            args.add(cfg.spill(Erased.unbox(new IrExpr.Read(cfg.local(i)), target.sig().params().get(i))));
        }
        IrExpr call = new IrExpr.Call(target, args);
        if (call.type().isVoid()) {
            cfg.eval(call);
            cfg.terminate(new IrTerminator.Return(new IrExpr.Box(new IrExpr.UnitConst())));
        } else {
            cfg.terminate(new IrTerminator.Return(Erased.box(call)));
        }
        var module = Names.modulePath(fn.ctx, fn.instance.owner().crate(), fn.instance.owner().module());
        String name = "$fnitem$" + target.module().segments().stream().reduce((a, b) -> a + "$" + b).orElse("")
                + "$" + target.name();
        var sig = new IrSig(Collections.nCopies(n, IrType.OBJECT), IrType.OBJECT);
        fn.closureFns.add(new IrFunction(module, name, sig, cfg.locals(), cfg.blocks()));
        return new IrExpr.MakeFn(new FnRef(module, name, sig), List.of());
    }
}
