package brisk.lower;

import brisk.base.TextRange;
import brisk.db.QueryContext;
import brisk.diagnostics.Diagnostic;
import brisk.diagnostics.Span;
import brisk.items.Item;
import brisk.items.ItemDiagnostic;
import brisk.items.ItemQueries;
import brisk.items.Nodes;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrFunction;
import brisk.lower.ir.IrSig;
import brisk.lower.ir.IrTerminator;
import brisk.lower.ir.IrType;
import brisk.lower.ir.Place;
import brisk.resolve.BodyResolution;
import brisk.resolve.ResolveQueries;
import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import brisk.types.FnSig;
import brisk.types.InferenceResult;
import brisk.types.Ty;
import brisk.types.TypeQueries;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Lowers one fn instance's typed body to an {@link IrFunction}: a single walk over the body's
 * syntax reading types from {@link InferenceResult} (never inferring again) and paths from
 * {@link BodyResolution}. Expression lowering ({@link ExprLowering}) and macros
 * ({@link MacroLowering}) share this state. Anything outside the supported subset throws
 * {@link Unsupported}, which becomes the fn's error.
 */
final class FnLowering {
    final QueryContext ctx;
    final FnInstance instance;
    final InferenceResult inference;
    final FnSig sig;
    final TypeLowering types;
    final CfgBuilder cfg = new CfgBuilder();
    final Map<TextRange, BodyResolution.ResolvedPath> paths = new HashMap<>();
    /** Local of each binding pattern (by the pattern's range) and of each parameter (by name). */
    final Map<TextRange, Integer> bindings = new HashMap<>();
    final Map<String, Integer> params = new HashMap<>();
    final ArrayDeque<Loop> loops = new ArrayDeque<>();
    final LinkedHashSet<FnInstance> callees = new LinkedHashSet<>();
    final LinkedHashSet<DynTraits.Use> dynUses = new LinkedHashSet<>();
    final BodyLines lines;
    final ExprLowering exprs;
    final MacroLowering macros;
    IrType returnType;
    /** A closure body returns its value boxed ({@link Closures}). */
    boolean erasedReturn;
    /** The Rust return type of the fn or closure being lowered (what {@code ?} returns into). */
    Ty rustReturnType;
    /** The fn instance's own lowering; closures lowered inside it point to it. */
    final FnLowering root;
    /** Closure bodies of this fn instance, lowered to functions of their own (only on the root). */
    final List<IrFunction> closureFns;
    /** Locals living in cells because a closure mutates them (binding ranges; parameters by name). */
    final java.util.Set<TextRange> cellBindings;
    final java.util.Set<String> cellParams;
    private brisk.resolve.ItemScope scope;

    /** A loop (or labeled block) that {@code break}/{@code continue} can target. */
    record Loop(String label, int breakTarget, int continueTarget, int resultLocal) {}

    private FnLowering(QueryContext ctx, FnInstance instance, InferenceResult inference, FnSig sig) {
        this.ctx = ctx;
        this.instance = instance;
        this.inference = inference;
        this.sig = sig;
        this.types = new TypeLowering(ctx, instance.owner().crate(), instance.typeArgs());
        var owner = instance.owner();
        this.lines = ctx.get(LowerQueries.BODY_LINES, owner.item());
        this.exprs = new ExprLowering(this);
        this.macros = new MacroLowering(this);
        this.root = this;
        this.closureFns = new ArrayList<>();
        this.cellBindings = new java.util.HashSet<>();
        this.cellParams = new java.util.HashSet<>();
    }

    /** The lowering of a closure body inside {@code parent}: same instance and types, a CFG of its own. */
    FnLowering(FnLowering parent) {
        this.ctx = parent.ctx;
        this.instance = parent.instance;
        this.inference = parent.inference;
        this.sig = parent.sig;
        this.types = parent.types;
        this.lines = parent.lines;
        this.paths.putAll(parent.paths);
        this.scope = parent.scope;
        this.exprs = new ExprLowering(this);
        this.macros = new MacroLowering(this);
        this.root = parent.root;
        this.closureFns = parent.root.closureFns;
        this.cellBindings = parent.root.cellBindings;
        this.cellParams = parent.root.cellParams;
    }

    static LoweredFn lower(QueryContext ctx, FnInstance instance) {
        var owner = instance.owner();
        var item = ctx.get(ItemQueries.ITEM_TREE, owner.item().file()).item(owner.item().index());
        var body = ctx.get(ItemQueries.BODY_SYNTAX, owner.item()).root();
        var inference = ctx.get(TypeQueries.INFER, owner);
        var sig = ctx.get(TypeQueries.FN_SIGNATURE, owner);
        var lowering = new FnLowering(ctx, instance, inference, sig);
        if (DerivedFns.isDerived(ctx, instance)) {
            try {
                return DerivedFns.lower(lowering);
            } catch (Unsupported u) {
                return lowering.failure(u, false);
            }
        }
        if (!(item instanceof Item.Fn fn) || body == null) {
            return lowering.failure(new Unsupported("fns without a body", TextRange.at(0)), false);
        }
        try {
            return lowering.run(fn, body);
        } catch (Unsupported u) {
            return lowering.failure(u, true);
        } catch (IllegalArgumentException | IllegalStateException | ClassCastException | IndexOutOfBoundsException
                 | NullPointerException bug) {
            // A lowering bug must stop the build with a clear message, never produce a program.
            var diagnostic = Diagnostic.error(null, "internal compiler error: brisk failed to lower this fn: " + bug,
                    new Span(owner.item().file(), TextRange.at(0)), null);
            return new LoweredFn(null, List.of(), List.of(), List.of(new ItemDiagnostic(owner.item(), true, diagnostic)));
        }
    }

    private LoweredFn failure(Unsupported u, boolean inBody) {
        var diagnostic = Diagnostic.error(null, "brisk does not support " + u.feature + " yet",
                new Span(instance.owner().item().file(), u.range), null);
        return new LoweredFn(null, List.of(), List.of(),
                List.of(new ItemDiagnostic(instance.owner().item(), inBody, diagnostic)));
    }

    private LoweredFn run(Item.Fn fn, SyntaxNode body) {
        if (fn.qualifiers().isAsync()) {
            throw new Unsupported("async fns", TextRange.at(0));
        }
        for (var p : ctx.get(ResolveQueries.BODY_RESOLUTION, instance.owner()).paths()) {
            paths.put(p.range(), p);
        }
        Closures.findCells(this, body);
        var paramTypes = new ArrayList<IrType>();
        for (int i = 0; i < sig.params().size(); i++) {
            IrType t = types.lower(sig.params().get(i), TextRange.at(0));
            String name = i < sig.paramNames().size() ? sig.paramNames().get(i) : null;
            if (name == null || name.equals("_")) {
                name = "$p" + i;
            }
            params.put(name, cfg.newLocal(name, t));
            paramTypes.add(t);
        }
        OpaqueTypes.reveal(ctx, instance, types, TextRange.at(0));
        returnType = types.lower(sig.ret(), TextRange.at(0));
        rustReturnType = Subst.apply(sig.ret(), instance.typeArgs());
        Closures.boxParams(this);
        IrExpr result = exprs.block(body);
        if (!cfg.terminated()) {
            cfg.terminate(new IrTerminator.Return(returnType.isVoid() ? new IrExpr.UnitConst()
                    : exprs.coerce(result, returnType, TextRange.at(0))));
        }
        var irSig = new IrSig(paramTypes, returnType);
        var function = new IrFunction(Names.modulePath(ctx, instance.owner().crate(), instance.owner().module()),
                Names.fnName(ctx, instance), irSig, cfg.locals(), cfg.blocks());
        if (MainResult.applies(this)) {
            MainResult.wrap(this, function, body);
        }
        types.dyns().forEach(t -> dynUses.add(new DynTraits.Use(null, t)));
        return new LoweredFn(function, List.copyOf(callees), types.adts(), List.of(), closureFns, List.copyOf(dynUses));
    }

    // ----- shared helpers

    /** {@code src/main.rs:LINE:COL} of a body-relative offset, as rustc prints panic locations. */
    String location(int bodyOffset) {
        return lines.location(bodyOffset);
    }

    Ty typeOf(SyntaxNode e) {
        Ty t = inference.exprTypes().get(e.textRange());
        if (t == null) {
            throw new Unsupported("this expression (no type recorded)", e.textRange());
        }
        return types.normalize(Subst.apply(t, instance.typeArgs()));
    }

    IrType irTypeOf(SyntaxNode e) {
        return types.lower(typeOf(e), e.textRange());
    }

    Ty bindingType(SyntaxNode pat) {
        Ty t = inference.bindingTypes().get(pat.textRange());
        if (t == null) {
            throw new Unsupported("this pattern (no type recorded)", pat.textRange());
        }
        return types.normalize(Subst.apply(t, instance.typeArgs()));
    }

    /** The item scope of this fn, for the paths name resolution does not record (patterns). */
    brisk.resolve.ItemScope scope() {
        if (scope == null) {
            scope = new brisk.resolve.ItemScope(ctx, instance.owner(), true, new ArrayList<>());
        }
        return scope;
    }

    /** What the path of a struct, tuple-struct or unit pattern names. */
    brisk.resolve.Def resolvePattern(SyntaxNode pathNode) {
        var path = new brisk.items.TypeLowering(0).path(pathNode);
        return scope().resolvePattern(path, "pattern");
    }

    static SyntaxNode kid(SyntaxNode node, SyntaxKind kind) {
        return node == null ? null : Nodes.child(node, kind);
    }
}
