package brisk.borrowck;

import brisk.base.TextRange;
import brisk.diagnostics.Applicability;
import brisk.diagnostics.Diagnostic;
import brisk.diagnostics.Label;
import brisk.diagnostics.Span;
import brisk.diagnostics.SubDiagnostic;
import brisk.diagnostics.Suggestion;
import brisk.items.ItemDiagnostic;
import brisk.items.ItemLoc;
import brisk.items.Nodes;
import brisk.resolve.BodyResolution;
import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import brisk.syntax.SyntaxToken;
import brisk.types.InferenceResult;
import brisk.types.Ty;
import brisk.types.TyDisplay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * E0382, use of a moved value: a forward "maybe moved" analysis over the body's syntax in
 * evaluation order, joining branches, running loop bodies twice (a move in one iteration reaches
 * the next: "value moved here, in previous iteration of loop") and treating {@code return},
 * {@code break}, {@code continue} and expressions of type {@code !} as leaving the path.
 *
 * <p>Only {@code let}-bound locals whose type is certainly not Copy are tracked (String, Vec, Box,
 * HashMap, the crate's ADTs without a Copy impl, and tuples, Options and Results of those), and a
 * local mentioned in a closure or a macro is not tracked at all. Moves are recognised where they
 * are certain (a {@code let} binding, a call argument, a by-value method receiver, the right side of
 * an assignment, a tuple, array or struct literal element); a use is reported only in those
 * contexts or where it borrows ({@code &x}, an autoref'd receiver). Each local is reported once.
 */
final class Moves {
    /** A move of a local at {@code range}; {@code previousIteration} when made by an earlier loop iteration. */
    private record Site(TextRange range, boolean previousIteration, boolean receiver, ItemDiagnostic.DefSpanRef param) {}

    private enum Use { MOVE, BORROW, ASSIGN, OTHER }

    /** A formatting macro's argument {@code x} (or {@code {x}} in its format string) naming a tracked local. */
    private record MacroUse(TextRange range, TextRange local) {}

    /** std's macros whose arguments after the format string are only borrowed. */
    private static final Set<String> FORMAT_MACROS = Set.of("println", "print", "eprintln", "eprint", "format", "panic");

    /** One local: its binding pattern, name range and type. */
    private record Local(TextRange pattern, TextRange name, String text, Ty ty, boolean param) {}

    /** Parameters are keyed by their item-relative pattern range moved past any body offset. */
    private static final int PARAM_KEY = 1 << 30;

    private final Space.Types types;
    private final InferenceResult inference;
    private final ItemLoc item;
    private final List<ItemDiagnostic> out;
    private SyntaxNode body;
    private int bodyOffset;
    /** Tracked parameters' keys by name (resolution gives a parameter no pattern range of its own). */
    private final Map<String, TextRange> paramKeys = new HashMap<>();
    private final Map<TextRange, Local> locals = new HashMap<>();
    /** The local (by pattern range) each path expression names, by the path expression's range. */
    private final Map<TextRange, TextRange> pathLocal = new HashMap<>();
    /** Borrows of tracked locals by std's formatting macros, per macro call range, in source order. */
    private final Map<TextRange, List<MacroUse>> macroUses = new HashMap<>();
    private final Set<TextRange> reported = new HashSet<>();
    /** States at the {@code break}s and {@code continue}s of the loops being walked, innermost last. */
    private final List<List<Map<TextRange, Set<Site>>>> breaks = new ArrayList<>();
    private final List<List<Map<TextRange, Set<Site>>>> continues = new ArrayList<>();
    private final List<SyntaxNode> loops = new ArrayList<>();
    private boolean gaveUp;

    private Moves(Space.Types types, InferenceResult inference, ItemLoc item, List<ItemDiagnostic> out) {
        this.types = types;
        this.inference = inference;
        this.item = item;
        this.out = out;
    }

    static void check(Space.Types types, InferenceResult inference, BodyResolution resolution, ItemLoc item,
                      brisk.items.Item.Fn fn, brisk.types.FnSig sig, int bodyOffset,
                      SyntaxNode body, List<SyntaxNode> nodes, List<ItemDiagnostic> out) {
        var moves = new Moves(types, inference, item, out);
        moves.params(fn, sig);
        moves.collect(resolution, body, nodes);
        if (moves.locals.isEmpty()) {
            return;
        }
        var found = new ArrayList<ItemDiagnostic>();
        var walker = new Moves(types, inference, item, found);
        walker.locals.putAll(moves.locals);
        walker.pathLocal.putAll(moves.pathLocal);
        walker.macroUses.putAll(moves.macroUses);
        walker.body = body;
        walker.bodyOffset = bodyOffset;
        walker.eval(body, new HashMap<>());
        if (!walker.gaveUp) {
            out.addAll(found);
        }
    }

    /** Plain by-value parameters ({@code s: String}, {@code mut v: Vec<T>}) of a certainly non-Copy type. */
    private void params(brisk.items.Item.Fn fn, brisk.types.FnSig sig) {
        int shift = sig.hasSelf() ? 1 : 0;
        if (sig.params().size() != fn.params().size() + shift) {
            return;
        }
        for (int i = 0; i < fn.params().size(); i++) {
            var sites = fn.params().get(i).sites();
            if (sites.size() != 1) {
                continue;
            }
            var site = sites.getFirst();
            Ty ty = sig.params().get(i + shift);
            if (site.byRef() || site.inOrPattern() || site.withSubpattern() || site.patternRange() == null
                    || !types.certainlyNotCopy(ty) || paramKeys.containsKey(site.name())) {
                continue;
            }
            var key = new TextRange(PARAM_KEY + site.patternRange().start(), PARAM_KEY + site.patternRange().end());
            paramKeys.put(site.name(), key);
            locals.put(key, new Local(key, site.patternRange(), site.name(), ty, true));
        }
    }

    private void collect(BodyResolution resolution, SyntaxNode body, List<SyntaxNode> nodes) {
        for (var pat : nodes) {
            if (pat.kind() != SyntaxKind.IDENT_PAT || pat.parent() == null || pat.parent().kind() != SyntaxKind.LET_STMT
                    || Nodes.hasToken(pat, SyntaxKind.REF_KW) || !MatchPatterns.subPatterns(pat).isEmpty()
                    || inside(pat, SyntaxKind.CLOSURE_EXPR, body)) {
                continue;
            }
            Ty ty = inference.bindingTypes().get(pat.textRange());
            var name = Nodes.child(pat, SyntaxKind.NAME);
            if (ty != null && name != null && types.certainlyNotCopy(ty)) {
                locals.put(pat.textRange(), new Local(pat.textRange(), Nodes.significantRange(pat),
                        Nodes.name(pat), ty, false));
            }
        }
        var pathExprs = new HashMap<Integer, SyntaxNode>();
        for (var n : nodes) {
            if (n.kind() == SyntaxKind.PATH_EXPR) {
                pathExprs.put(n.textRange().start(), n);
            }
        }
        var untracked = new HashSet<TextRange>();
        for (var resolved : resolution.paths()) {
            var p = resolved;
            if (p.local() != null && p.local().isEmpty() && p.local().start() == 0) {
                var token = body.tokenAtOffset(p.range().start());
                var covering = body.coveringNode(p.range());
                String name = token != null && token.textRange().equals(p.range()) ? token.text()
                        : covering == null ? null : covering.text().strip();
                var key = name == null ? null : paramKeys.get(name);
                if (key == null) {
                    continue;
                }
                p = new BodyResolution.ResolvedPath(p.range(), key, p.def());
            }
            if (p.local() == null || !locals.containsKey(p.local())) {
                continue;
            }
            var expr = pathExprs.get(p.range().start());
            if (expr == null) {
                var call = formatArgument(body, p.range());
                if (call != null) {
                    macroUses.computeIfAbsent(call.textRange(), k -> new ArrayList<>()).add(new MacroUse(p.range(), p.local()));
                } else {
                    untracked.add(p.local());
                }
            } else if (inside(expr, SyntaxKind.CLOSURE_EXPR, body) || inside(expr, SyntaxKind.MACRO_CALL, body)) {
                untracked.add(p.local());
            } else {
                pathLocal.put(expr.textRange(), p.local());
            }
        }
        untracked.forEach(locals::remove);
        inlineCaptures(body, nodes);
        macroUses.values().forEach(list -> list.sort(java.util.Comparator.comparingInt(u -> u.range().start())));
    }

    /**
     * {@code {x}} captures in the format strings of formatting macros, which name resolution does not
     * record: a capture counts when the body binds that name exactly once, before the macro, in a
     * tracked {@code let}. The string must be ASCII so that character and byte offsets agree.
     */
    private void inlineCaptures(SyntaxNode body, List<SyntaxNode> nodes) {
        var byName = new HashMap<String, List<SyntaxNode>>();
        for (var n : nodes) {
            if (n.kind() == SyntaxKind.IDENT_PAT && Nodes.name(n) != null) {
                byName.computeIfAbsent(Nodes.name(n), k -> new ArrayList<>()).add(n);
            }
        }
        for (var call : nodes) {
            var path = Nodes.child(call, SyntaxKind.PATH);
            var tree = Nodes.child(call, SyntaxKind.TOKEN_TREE);
            if (call.kind() != SyntaxKind.MACRO_CALL || path == null || tree == null
                    || !FORMAT_MACROS.contains(path.text().strip()) || inside(call, SyntaxKind.CLOSURE_EXPR, body)) {
                continue;
            }
            for (var t : tree.descendantTokens()) {
                if (t.kind() != SyntaxKind.STRING || !t.text().chars().allMatch(c -> c < 128)) {
                    continue;
                }
                String text = t.text();
                for (int i = 0; i < text.length(); i++) {
                    if (text.charAt(i) != '{') {
                        continue;
                    }
                    if (i + 1 < text.length() && text.charAt(i + 1) == '{') {
                        i++;
                        continue;
                    }
                    int end = i + 1;
                    while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                        end++;
                    }
                    if (end == i + 1 || end >= text.length() || (text.charAt(end) != '}' && text.charAt(end) != ':')) {
                        continue;
                    }
                    var bindings = byName.getOrDefault(text.substring(i + 1, end), List.of());
                    if (bindings.size() == 1 && locals.containsKey(bindings.getFirst().textRange())
                            && bindings.getFirst().textRange().end() <= call.textRange().start()) {
                        int start = t.textRange().start() + i + 1;
                        macroUses.computeIfAbsent(call.textRange(), k -> new ArrayList<>())
                                .add(new MacroUse(new TextRange(start, start + end - i - 1), bindings.getFirst().textRange()));
                    }
                }
            }
        }
    }

    /**
     * The formatting macro call (outside closures) in which {@code range} is a whole top-level
     * argument after a comma, or a name inside the format string; null for any other mention.
     */
    private static SyntaxNode formatArgument(SyntaxNode body, TextRange range) {
        var tree = body.coveringNode(range);
        if (tree == null || tree.kind() != SyntaxKind.TOKEN_TREE || tree.parent() == null
                || tree.parent().kind() != SyntaxKind.MACRO_CALL || inside(tree, SyntaxKind.CLOSURE_EXPR, body)) {
            return null;
        }
        var call = tree.parent();
        var path = Nodes.child(call, SyntaxKind.PATH);
        if (path == null || !FORMAT_MACROS.contains(path.text().strip())) {
            return null;
        }
        var tokens = tree.descendantTokens().stream().filter(t -> !t.kind().isTrivia()).toList();
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            var t = tokens.get(i);
            switch (t.kind()) {
                case L_PAREN, L_BRACK, L_CURLY -> depth++;
                case R_PAREN, R_BRACK, R_CURLY -> depth--;
                default -> { }
            }
            if (!t.textRange().containsRange(range)) {
                continue;
            }
            if (t.kind() == SyntaxKind.STRING) {
                return t.textRange().equals(range) ? null : call;
            }
            boolean whole = t.textRange().equals(range) && depth == 1 && i > 0 && i + 1 < tokens.size()
                    && tokens.get(i - 1).kind() == SyntaxKind.COMMA
                    && (tokens.get(i + 1).kind() == SyntaxKind.COMMA || i + 1 == tokens.size() - 1);
            return whole ? call : null;
        }
        return null;
    }

    private static boolean inside(SyntaxNode node, SyntaxKind kind, SyntaxNode body) {
        for (var p = node.parent(); p != null && p != body; p = p.parent()) {
            if (p.kind() == kind) {
                return true;
            }
        }
        return false;
    }

    /** The state after evaluating {@code node} from {@code state}; null when no path continues after it. */
    private Map<TextRange, Set<Site>> eval(SyntaxNode node, Map<TextRange, Set<Site>> state) {
        if (state == null || gaveUp) {
            return null;
        }
        var after = switch (node.kind()) {
            case PATH_EXPR -> pathExpr(node, state);
            case CLOSURE_EXPR -> state;
            case MACRO_CALL -> macroCall(node, state);
            case LET_STMT -> let(node, state);
            case IF_EXPR -> ifExpr(node, state);
            case MATCH_EXPR -> match(node, state);
            case LOOP_EXPR, WHILE_EXPR, FOR_EXPR -> loop(node, state);
            case BREAK_EXPR, CONTINUE_EXPR -> jump(node, state);
            case RETURN_EXPR -> {
                children(node, state);
                yield null;
            }
            case BIN_EXPR -> binary(node, state);
            default -> brisk.items.SyntaxKinds.ITEMS.contains(node.kind()) ? state : children(node, state);
        };
        if (after != null && isExpr(node) && inference.exprTypes().get(node.textRange()) instanceof Ty.Never) {
            return null;
        }
        return after;
    }

    private Map<TextRange, Set<Site>> macroCall(SyntaxNode call, Map<TextRange, Set<Site>> state) {
        for (var use : macroUses.getOrDefault(call.textRange(), List.of())) {
            var sites = state.get(use.local());
            if (sites != null && !reported.contains(use.local())) {
                report(locals.get(use.local()), use.range(), true, sites);
                reported.add(use.local());
            }
        }
        return state;
    }

    private Map<TextRange, Set<Site>> children(SyntaxNode node, Map<TextRange, Set<Site>> state) {
        for (var c : node.children()) {
            state = eval(c, state);
        }
        return state;
    }

    private Map<TextRange, Set<Site>> let(SyntaxNode let, Map<TextRange, Set<Site>> state) {
        for (var c : let.children()) {
            if (c.kind() == SyntaxKind.LET_ELSE) {
                continue;
            }
            state = eval(c, state);
        }
        if (state == null) {
            return null;
        }
        var pat = let.children().stream().filter(MatchPatterns::isPattern).findFirst().orElse(null);
        if (pat != null && locals.containsKey(pat.textRange())) {
            state = new HashMap<>(state);
            state.remove(pat.textRange());
        }
        return state;
    }

    private Map<TextRange, Set<Site>> ifExpr(SyntaxNode node, Map<TextRange, Set<Site>> state) {
        var kids = node.children();
        if (kids.isEmpty()) {
            return state;
        }
        var afterCond = eval(kids.getFirst(), state);
        var thenState = kids.size() > 1 ? eval(kids.get(1), afterCond) : afterCond;
        var elseState = kids.size() > 2 ? eval(kids.get(2), afterCond) : afterCond;
        return join(thenState, elseState);
    }

    private Map<TextRange, Set<Site>> match(SyntaxNode node, Map<TextRange, Set<Site>> state) {
        var kids = node.children();
        if (kids.isEmpty()) {
            return state;
        }
        var afterScrutinee = eval(kids.getFirst(), state);
        var list = Nodes.child(node, SyntaxKind.MATCH_ARM_LIST);
        if (list == null) {
            return afterScrutinee;
        }
        Map<TextRange, Set<Site>> result = null;
        boolean any = false;
        for (var arm : Nodes.children(list, SyntaxKind.MATCH_ARM)) {
            any = true;
            var s = afterScrutinee;
            for (var c : arm.children()) {
                if (!MatchPatterns.isPattern(c)) {
                    s = eval(c, s);
                }
            }
            result = join(result, s);
        }
        return any ? result : null;
    }

    private Map<TextRange, Set<Site>> loop(SyntaxNode loop, Map<TextRange, Set<Site>> state) {
        if (Nodes.child(loop, SyntaxKind.LABEL) != null) {
            gaveUp = true;
            return null;
        }
        var kids = loop.children();
        var entry = state;
        if (loop.kind() == SyntaxKind.FOR_EXPR) {
            for (var c : kids) {
                if (c.kind() != SyntaxKind.BLOCK_EXPR && !MatchPatterns.isPattern(c)) {
                    entry = eval(c, entry);
                }
            }
        }
        if (entry == null) {
            return null;
        }
        var body = Nodes.child(loop, SyntaxKind.BLOCK_EXPR);
        Map<TextRange, Set<Site>> exit = loop.kind() == SyntaxKind.LOOP_EXPR ? null : entry;
        var head = entry;
        for (int pass = 0; pass < 2; pass++) {
            breaks.add(new ArrayList<>());
            continues.add(new ArrayList<>());
            loops.add(loop);
            var s = head;
            if (loop.kind() == SyntaxKind.WHILE_EXPR && !kids.isEmpty() && !kids.getFirst().equals(body)) {
                s = eval(kids.getFirst(), s);
                exit = join(exit, s);
            }
            var end = body == null ? s : eval(body, s);
            loops.removeLast();
            var myContinues = continues.removeLast();
            var myBreaks = breaks.removeLast();
            for (var b : myBreaks) {
                exit = join(exit, b);
            }
            var back = end;
            for (var c : myContinues) {
                back = join(back, c);
            }
            if (back == null) {
                break;
            }
            if (loop.kind() != SyntaxKind.LOOP_EXPR) {
                exit = join(exit, back);
            }
            head = join(entry, previousIteration(back, loop));
        }
        return exit;
    }

    /** Moves made inside {@code loop} seen from its next iteration. */
    private static Map<TextRange, Set<Site>> previousIteration(Map<TextRange, Set<Site>> state, SyntaxNode loop) {
        var out = new HashMap<TextRange, Set<Site>>();
        state.forEach((local, sites) -> {
            var marked = new LinkedHashSet<Site>();
            for (var s : sites) {
                marked.add(loop.textRange().containsRange(s.range()) ? new Site(s.range(), true, s.receiver(), s.param()) : s);
            }
            out.put(local, marked);
        });
        return out;
    }

    private Map<TextRange, Set<Site>> jump(SyntaxNode node, Map<TextRange, Set<Site>> state) {
        if (Nodes.token(node, SyntaxKind.LIFETIME) != null || breaks.isEmpty()) {
            gaveUp = true;
            return null;
        }
        state = children(node, state);
        if (state != null) {
            (node.kind() == SyntaxKind.BREAK_EXPR ? breaks : continues).getLast().add(state);
        }
        return null;
    }

    private Map<TextRange, Set<Site>> binary(SyntaxNode node, Map<TextRange, Set<Site>> state) {
        var kids = node.children();
        if (kids.size() != 2) {
            return children(node, state);
        }
        if (Nodes.hasToken(node, SyntaxKind.AMP2) || Nodes.hasToken(node, SyntaxKind.PIPE2)) {
            var left = eval(kids.get(0), state);
            return join(left, eval(kids.get(1), left));
        }
        if (Nodes.hasToken(node, SyntaxKind.EQ)) {
            var s = eval(kids.get(1), state);
            return eval(kids.get(0), s);
        }
        return children(node, state);
    }

    private Map<TextRange, Set<Site>> pathExpr(SyntaxNode expr, Map<TextRange, Set<Site>> state) {
        var local = pathLocal.get(expr.textRange());
        if (local == null || reported.contains(local)) {
            return state;
        }
        var use = useOf(expr);
        var sites = state.get(local);
        if (use == Use.ASSIGN) {
            if (sites == null) {
                return state;
            }
            var s = new HashMap<>(state);
            s.remove(local);
            return s;
        }
        if (sites != null && (use == Use.MOVE || use == Use.BORROW)) {
            var at = expr.parent().kind() == SyntaxKind.REF_EXPR ? expr.parent() : expr;
            report(locals.get(local), Nodes.significantRange(at), use == Use.BORROW, sites);
            reported.add(local);
            return state;
        }
        if (use == Use.MOVE) {
            var s = new HashMap<>(state);
            var call = expr.parent();
            if (call.kind() == SyntaxKind.METHOD_CALL_EXPR) {
                var name = Nodes.child(call, SyntaxKind.NAME_REF);
                int start = name == null ? Nodes.significantRange(expr).start() : Nodes.significantRange(name).start();
                s.put(local, Set.of(new Site(new TextRange(start, Nodes.significantRange(call).end()), false, true,
                        receiverNote(call, locals.get(local)))));
            } else {
                s.put(local, Set.of(new Site(Nodes.significantRange(expr), false, false, ownershipNote(expr))));
            }
            return s;
        }
        return state;
    }

    private Use useOf(SyntaxNode expr) {
        var parent = expr.parent();
        return switch (parent.kind()) {
            case LET_STMT -> {
                var pat = parent.children().stream().filter(MatchPatterns::isPattern).findFirst().orElse(null);
                yield pat != null && pat.kind() == SyntaxKind.IDENT_PAT && !Nodes.hasToken(pat, SyntaxKind.REF_KW)
                        && MatchPatterns.subPatterns(pat).isEmpty() ? Use.MOVE : Use.OTHER;
            }
            case ARG_LIST, TUPLE_EXPR, ARRAY_EXPR, RECORD_EXPR_FIELD -> Use.MOVE;
            case REF_EXPR -> Use.BORROW;
            case METHOD_CALL_EXPR -> {
                if (!expr.equals(parent.firstChild()) || inference.callees().get(parent.textRange()) == null) {
                    yield Use.OTHER;
                }
                var adjustments = inference.adjustments().get(expr.textRange());
                if (adjustments == null || adjustments.isEmpty()) {
                    yield Use.MOVE;
                }
                yield adjustments.contains(InferenceResult.Adjustment.BORROW)
                        || adjustments.contains(InferenceResult.Adjustment.BORROW_MUT) ? Use.BORROW : Use.OTHER;
            }
            case BIN_EXPR -> {
                if (!Nodes.hasToken(parent, SyntaxKind.EQ)) {
                    yield Use.OTHER;
                }
                yield expr.equals(parent.firstChild()) ? Use.ASSIGN : Use.MOVE;
            }
            default -> Use.OTHER;
        };
    }

    private void report(Local local, TextRange range, boolean borrow, Set<Site> sites) {
        int shift = local.param() ? bodyOffset : 0;
        var sameSite = sites.stream().filter(s -> s.range().equals(range) && s.previousIteration()).findFirst();
        var labels = new ArrayList<Label>();
        String primaryLabel;
        labels.add(new Label(new Span(item.file(), local.name()), "move occurs because `" + local.text() + "` has type `"
                + TyDisplay.show(local.ty()) + "`, which does not implement the `Copy` trait"));
        if (sameSite.isPresent()) {
            primaryLabel = "value moved here, in previous iteration of loop";
            var loop = enclosingLoop(range);
            if (loop != null) {
                labels.add(new Label(span(loopHead(loop).shift(shift)), "inside of this loop"));
            }
        } else {
            primaryLabel = borrow ? "value borrowed here after move" : "value used here after move";
            for (var s : sites) {
                labels.add(new Label(span(s.range().shift(shift)), s.receiver()
                        ? "`" + local.text() + "` moved due to this method call" + (s.previousIteration() ? ", in previous iteration of loop" : "")
                        : "value moved here" + (s.previousIteration() ? ", in previous iteration of loop" : "")));
            }
        }
        var d = Diagnostic.error("E0382", (borrow ? "borrow" : "use") + " of moved value: `" + local.text() + "`",
                span(range.shift(shift)), primaryLabel);
        for (var l : labels) {
            d = d.withLabel(l);
        }
        if (sites.size() == 1 && !sites.iterator().next().receiver() && types.certainlyClone(local.ty())) {
            var site = sites.iterator().next().range();
            d = d.withChild(SubDiagnostic.suggestion("consider cloning the value if the performance cost is acceptable",
                    Suggestion.replace(span(new TextRange(site.end(), site.end()).shift(shift)), ".clone()",
                            Applicability.MACHINE_APPLICABLE)));
        }
        var result = new ItemDiagnostic(item, !local.param(), d);
        if (sites.size() == 1 && sites.iterator().next().param() != null) {
            result = result.withDefSpan(sites.iterator().next().param());
        }
        out.add(result);
    }

    /** rustc's "`T::m` takes ownership of the receiver `self`" note, for a method of this crate on a non-generic type. */
    private ItemDiagnostic.DefSpanRef receiverNote(SyntaxNode call, Local local) {
        var callee = inference.callees().get(call.textRange());
        if (callee == null || !callee.fn().owner().crate().equals(types.crate())
                || !(local.ty() instanceof Ty.Adt a) || !a.args().isEmpty()) {
            return null;
        }
        var loc = callee.fn().owner().item();
        if (!(types.ctx().get(brisk.items.ItemQueries.ITEM_TREE, loc.file()).item(loc.index()) instanceof brisk.items.Item.Fn fn)
                || fn.selfParam() == null) {
            return null;
        }
        return new ItemDiagnostic.DefSpanRef(loc, "`" + a.name() + "::" + fn.name()
                + "` takes ownership of the receiver `self`, which moves `" + local.text() + "`", true, true,
                fn.selfParam().range(), null, List.of(), null);
    }

    /**
     * rustc's "consider changing this parameter type in function `f` to borrow instead" note when
     * {@code arg} is passed to a non-generic fn of this crate taking it by a plain (non-generic) type.
     */
    private ItemDiagnostic.DefSpanRef ownershipNote(SyntaxNode arg) {
        var args = arg.parent();
        var call = args.parent();
        if (args.kind() != SyntaxKind.ARG_LIST || call == null || call.kind() != SyntaxKind.CALL_EXPR) {
            return null;
        }
        var callee = inference.callees().get(call.textRange());
        if (callee == null || !callee.fn().owner().crate().equals(types.crate())) {
            return null;
        }
        var loc = callee.fn().owner().item();
        if (!(types.ctx().get(brisk.items.ItemQueries.ITEM_TREE, loc.file()).item(loc.index()) instanceof brisk.items.Item.Fn fn)
                || fn.selfParam() != null || !fn.generics().params().isEmpty() || fn.nameRange() == null) {
            return null;
        }
        int index = Nodes.children(args, SyntaxKind.PATH_EXPR).isEmpty() ? -1
                : args.children().indexOf(arg);
        if (index < 0 || index >= fn.params().size() || fn.params().get(index).type() == null) {
            return null;
        }
        return new ItemDiagnostic.DefSpanRef(loc, "consider changing this parameter type in function `" + fn.name()
                + "` to borrow instead if owning the value isn't necessary", true, true,
                fn.params().get(index).type().range(), "this parameter takes ownership of the value",
                List.of(fn.nameRange()), "in this function");
    }

    private SyntaxNode enclosingLoop(TextRange range) {
        for (var p = body.coveringNode(range); p != null; p = p.parent()) {
            if (p.kind() == SyntaxKind.LOOP_EXPR || p.kind() == SyntaxKind.WHILE_EXPR || p.kind() == SyntaxKind.FOR_EXPR) {
                return p;
            }
        }
        return null;
    }

    /** rustc's span of a loop's head: from its keyword to the end of its condition or iterable. */
    private static TextRange loopHead(SyntaxNode loop) {
        int start = Nodes.significantRange(loop).start();
        int end = start;
        for (var c : loop.children()) {
            if (c.kind() == SyntaxKind.BLOCK_EXPR) {
                break;
            }
            end = Nodes.significantRange(c).end();
        }
        if (end == start) {
            SyntaxToken keyword = loop.firstToken();
            end = keyword == null ? start : keyword.textRange().end();
        }
        return new TextRange(start, end);
    }

    private static Map<TextRange, Set<Site>> join(Map<TextRange, Set<Site>> a, Map<TextRange, Set<Site>> b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        var out = new LinkedHashMap<TextRange, Set<Site>>(a);
        b.forEach((k, v) -> out.merge(k, v, (x, y) -> {
            var all = new LinkedHashSet<>(x);
            all.addAll(y);
            return all;
        }));
        return out;
    }

    private static boolean isExpr(SyntaxNode node) {
        return node.kind().name().endsWith("_EXPR");
    }

    private Span span(TextRange range) {
        return new Span(item.file(), range);
    }
}
