package brisk.resolve;

import static brisk.items.Nodes.child;
import static brisk.items.Nodes.children;

import brisk.db.QueryContext;
import brisk.items.ItemDiagnostic;
import brisk.items.ItemQueries;
import brisk.items.Nodes;
import brisk.items.Path;
import brisk.items.SyntaxKinds;
import brisk.items.TypeLowering;
import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Resolves the names of one fn body: locals through lexical scopes (let, params, closures, match
 * arms, for / if-let / while-let patterns), everything else through {@link ItemScope}. Works on
 * the body's own position-free syntax, so its result only changes when the body does.
 */
final class BodyResolver {
    private final ItemScope scope;
    private final TypeLowering lowering = new TypeLowering(0);
    private final SignatureResolver types;
    private final LocalScopes locals = new LocalScopes();
    private final Set<String> localTypes;
    private final List<BodyResolution.ResolvedPath> paths = new ArrayList<>();

    private BodyResolver(ItemScope scope, SignatureResolver types, Set<String> localTypes) {
        this.scope = scope;
        this.types = types;
        this.localTypes = localTypes;
    }

    static BodyResolution resolve(QueryContext ctx, BodyOwner owner) {
        var out = new ArrayList<ItemDiagnostic>();
        var body = ctx.get(ItemQueries.BODY_SYNTAX, owner.item()).root();
        if (body == null) {
            return new BodyResolution(List.of(), List.of());
        }
        var scope = new ItemScope(ctx, owner, true, out);
        var localTypes = new HashSet<String>();
        var resolver = new BodyResolver(scope, SignatureResolver.forBody(scope, localTypes::contains), localTypes);
        scope.setLocalNames(resolver.locals::visibleNames);
        var fn = (brisk.items.Item.Fn) ctx.get(ItemQueries.ITEM_TREE, owner.item().file()).item(owner.item().index());
        resolver.locals.push();
        resolver.bindParams(fn);
        resolver.expr(body);
        resolver.locals.pop();
        return new BodyResolution(resolver.paths, out);
    }

    /**
     * Binds the fn's parameters from its item-tree signature (reading the file's syntax here would
     * make every body depend on every edit). A parameter's binding range is empty: it lies outside
     * the body, and later phases find parameters by name in the signature.
     */
    private void bindParams(brisk.items.Item.Fn fn) {
        if (fn.selfParam() != null) {
            locals.bind("self", PARAMETER);
        }
        for (var param : fn.params()) {
            for (String name : param.bindings()) {
                locals.bind(name, PARAMETER);
            }
        }
    }

    /** The binding range recorded for parameters, which live outside the body. */
    static final brisk.base.TextRange PARAMETER = brisk.base.TextRange.at(0);

    /** A fn declared inside the body: its own parameters, from its syntax. */
    private void bindLocalParams(SyntaxNode fn) {
        var list = child(fn, SyntaxKind.PARAM_LIST);
        if (child(list, SyntaxKind.SELF_PARAM) != null) {
            locals.bind("self", PARAMETER);
        }
        for (var param : children(list, SyntaxKind.PARAM)) {
            pattern(patternOf(param));
        }
    }

    private void expr(SyntaxNode node) {
        if (node == null) {
            return;
        }
        switch (node.kind()) {
            case BLOCK_EXPR -> block(node);
            case STMT_LIST -> block(node);
            case PATH_EXPR -> pathExpr(node, "value");
            case CALL_EXPR -> {
                var callee = node.firstChild();
                if (callee != null && callee.kind() == SyntaxKind.PATH_EXPR) {
                    pathExpr(callee, calleeKindWord(callee));
                } else {
                    expr(callee);
                }
                exprChildren(child(node, SyntaxKind.ARG_LIST));
            }
            case METHOD_CALL_EXPR -> {
                exprChildren(node);
                genericArgs(child(node, SyntaxKind.GENERIC_ARG_LIST));
            }
            case RECORD_EXPR -> recordExpr(node);
            case CLOSURE_EXPR -> {
                locals.push();
                var params = child(node, SyntaxKind.PARAM_LIST);
                for (var p : children(params, SyntaxKind.PARAM)) {
                    types.type(lowering.typeChild(p));
                    pattern(patternOf(p));
                }
                var ret = child(node, SyntaxKind.RET_TYPE);
                if (ret != null) {
                    types.type(lowering.typeChild(ret));
                }
                exprChildren(node);
                locals.pop();
            }
            case MATCH_EXPR -> {
                for (var c : node.children()) {
                    if (c.kind() == SyntaxKind.MATCH_ARM_LIST) {
                        for (var arm : children(c, SyntaxKind.MATCH_ARM)) {
                            locals.push();
                            pattern(patternOf(arm));
                            for (var part : arm.children()) {
                                if (part.kind() == SyntaxKind.MATCH_GUARD) {
                                    exprChildren(part);
                                } else if (!isPattern(part)) {
                                    expr(part);
                                }
                            }
                            locals.pop();
                        }
                    } else {
                        expr(c);
                    }
                }
            }
            case IF_EXPR, WHILE_EXPR -> conditional(node);
            case FOR_EXPR -> {
                var parts = node.children();
                SyntaxNode pat = null;
                for (var c : parts) {
                    if (isPattern(c) && pat == null) {
                        pat = c;
                    } else if (c.kind() != SyntaxKind.BLOCK_EXPR && c.kind() != SyntaxKind.LABEL) {
                        expr(c);
                    }
                }
                locals.push();
                pattern(pat);
                expr(child(node, SyntaxKind.BLOCK_EXPR));
                locals.pop();
            }
            case CAST_EXPR -> {
                exprChildren(node);
                types.type(lowering.typeChild(node));
            }
            case MACRO_EXPR -> macro(child(node, SyntaxKind.MACRO_CALL));
            case MACRO_CALL -> macro(node);
            case LET_EXPR -> {
                exprChildren(node);
                pattern(patternOf(node));
            }
            default -> {
                if (SyntaxKinds.ITEMS.contains(node.kind())) {
                    return;
                }
                exprChildren(node);
            }
        }
    }

    /** rustc's words for an unresolved callee: a capitalised name may be a tuple struct or variant. */
    private static String calleeKindWord(SyntaxNode callee) {
        String text = callee.text().strip();
        int last = text.lastIndexOf("::");
        String name = last < 0 ? text : text.substring(last + 2);
        return !name.isEmpty() && Character.isUpperCase(name.charAt(0))
                ? "function, tuple struct or tuple variant" : "function";
    }

    private void exprChildren(SyntaxNode node) {
        if (node == null) {
            return;
        }
        for (var c : node.children()) {
            if (!SyntaxKinds.TYPES.contains(c.kind()) && !isPattern(c) && c.kind() != SyntaxKind.NAME_REF
                    && c.kind() != SyntaxKind.LABEL && c.kind() != SyntaxKind.LIFETIME) {
                expr(c);
            }
        }
    }

    /** {@code if}/{@code while}: a {@code let} in the condition binds into the then-block / loop body only. */
    private void conditional(SyntaxNode node) {
        locals.push();
        SyntaxNode thenBlock = null;
        for (var c : node.children()) {
            if (c.kind() == SyntaxKind.BLOCK_EXPR && thenBlock == null) {
                thenBlock = c;
                expr(c);
                locals.pop();
            } else if (thenBlock == null) {
                expr(c);
            } else {
                expr(c);
            }
        }
        if (thenBlock == null) {
            locals.pop();
        }
    }

    private void block(SyntaxNode node) {
        var list = node.kind() == SyntaxKind.BLOCK_EXPR ? child(node, SyntaxKind.STMT_LIST) : node;
        if (list == null) {
            exprChildren(node);
            return;
        }
        locals.push();
        for (var c : list.children()) {
            declareLocalItem(c);
        }
        for (var c : list.children()) {
            switch (c.kind()) {
                case LET_STMT -> {
                    for (var part : c.children()) {
                        if (SyntaxKinds.TYPES.contains(part.kind())) {
                            types.type(lowering.type(part));
                        } else if (part.kind() == SyntaxKind.LET_ELSE) {
                            exprChildren(part);
                        } else if (!isPattern(part)) {
                            expr(part);
                        }
                    }
                    pattern(patternOf(c));
                }
                case FN -> localFn(c);
                default -> {
                    if (!SyntaxKinds.ITEMS.contains(c.kind())) {
                        expr(c);
                    }
                }
            }
        }
        locals.pop();
    }

    /** Items declared in a block are in scope in the whole block. */
    private void declareLocalItem(SyntaxNode item) {
        if (!SyntaxKinds.ITEMS.contains(item.kind())) {
            return;
        }
        String name = Nodes.name(item);
        if (name != null) {
            locals.bind(name, item.textRange());
            localTypes.add(name);
        }
        if (item.kind() == SyntaxKind.USE) {
            for (var tree : item.descendants()) {
                if (tree.kind() != SyntaxKind.USE_TREE || child(tree, SyntaxKind.USE_TREE_LIST) != null) {
                    continue;
                }
                var rename = child(tree, SyntaxKind.RENAME);
                var path = child(tree, SyntaxKind.PATH);
                String bound = rename != null ? Nodes.name(rename)
                        : path != null ? lowering.path(path).lastName() : null;
                if (bound != null) {
                    locals.bind(bound, item.textRange());
                    localTypes.add(bound);
                }
            }
        }
    }

    /** A fn inside a body sees the block's items but not the enclosing fn's locals. */
    private void localFn(SyntaxNode fn) {
        var body = child(fn, SyntaxKind.BLOCK_EXPR);
        if (body == null) {
            return;
        }
        locals.push();
        bindLocalParams(fn);
        expr(body);
        locals.pop();
    }

    private void pathExpr(SyntaxNode node, String kindWord) {
        var pathNode = child(node, SyntaxKind.PATH);
        if (pathNode == null) {
            return;
        }
        var path = lowering.path(pathNode);
        genericArgsOf(path);
        if (path.isSingleName()) {
            var local = locals.lookup(path.lastName());
            if (local != null) {
                paths.add(new BodyResolution.ResolvedPath(path.range(), local, null));
                return;
            }
        } else if (path.anchor() == Path.Anchor.PLAIN && localTypes.contains(path.segments().getFirst().name())) {
            return;
        }
        if (path.anchor() == Path.Anchor.SELF && path.segments().isEmpty()) {
            return;
        }
        paths.add(new BodyResolution.ResolvedPath(path.range(), null, scope.resolveValue(path, kindWord)));
    }

    private void genericArgsOf(Path path) {
        for (var seg : path.segments()) {
            seg.genericArgs().forEach(types::type);
        }
    }

    private void genericArgs(SyntaxNode argList) {
        if (argList == null) {
            return;
        }
        for (var arg : argList.children()) {
            types.type(lowering.typeChild(arg));
        }
    }

    private void recordExpr(SyntaxNode node) {
        var pathNode = child(node, SyntaxKind.PATH);
        if (pathNode != null) {
            var path = lowering.path(pathNode);
            if (!(path.anchor() == Path.Anchor.PLAIN && localTypes.contains(path.segments().getFirst().name()))) {
                scope.resolveStructPath(path);
            }
        }
        var fields = child(node, SyntaxKind.RECORD_EXPR_FIELD_LIST);
        if (fields == null) {
            return;
        }
        for (var c : fields.children()) {
            if (c.kind() == SyntaxKind.RECORD_EXPR_FIELD) {
                var value = c.children().stream().filter(n -> n.kind() != SyntaxKind.NAME_REF).findFirst();
                if (value.isPresent()) {
                    expr(value.get());
                } else {
                    var ref = child(c, SyntaxKind.NAME_REF);
                    if (ref != null) {
                        shorthandField(ref);
                    }
                }
            } else {
                expr(c);
            }
        }
    }

    /** {@code Foo { x }} reads the value {@code x}. */
    private void shorthandField(SyntaxNode ref) {
        String name = Nodes.identText(ref);
        if (name == null || locals.lookup(name) != null) {
            return;
        }
        var range = ref.textRange();
        var path = new Path(Path.Anchor.PLAIN, 0, List.of(new Path.Segment(name, List.of(), range)), range);
        scope.resolveValue(path, "value");
    }

    private void macro(SyntaxNode call) {
        if (call == null) {
            return;
        }
        var pathNode = child(call, SyntaxKind.PATH);
        if (pathNode == null) {
            return;
        }
        var path = lowering.path(pathNode);
        scope.resolveMacro(path);
        MacroArgs.forEachExpr(call, this::expr, this::formatArgument);
    }

    /** An implicit format argument ({@code {x}} in a format string) names a value in scope. */
    private void formatArgument(String name, brisk.base.TextRange range) {
        if (locals.lookup(name) != null) {
            return;
        }
        var path = new Path(Path.Anchor.PLAIN, 0, List.of(new Path.Segment(name, List.of(), range)), range);
        scope.resolveValue(path, "value");
    }

    static boolean isPattern(SyntaxNode node) {
        return switch (node.kind()) {
            case IDENT_PAT, WILDCARD_PAT, REST_PAT, LITERAL_PAT, RANGE_PAT, TUPLE_PAT, TUPLE_STRUCT_PAT, RECORD_PAT,
                 REF_PAT, SLICE_PAT, OR_PAT, PATH_PAT, PAREN_PAT, MACRO_PAT -> true;
            default -> false;
        };
    }

    private static SyntaxNode patternOf(SyntaxNode node) {
        for (var c : node.children()) {
            if (isPattern(c)) {
                return c;
            }
        }
        return null;
    }

    /** Binds the names a pattern introduces; resolves the paths it matches against. */
    private void pattern(SyntaxNode pat) {
        if (pat == null) {
            return;
        }
        switch (pat.kind()) {
            case IDENT_PAT -> {
                String name = Nodes.name(pat);
                var sub = patternOf(pat);
                if (name != null && sub == null && !Nodes.hasToken(pat, SyntaxKind.MUT_KW)
                        && !Nodes.hasToken(pat, SyntaxKind.REF_KW) && scope.isUnitLike(name)) {
                    return;
                }
                if (name != null) {
                    locals.bind(name, pat.textRange());
                }
                pattern(sub);
            }
            case TUPLE_STRUCT_PAT, RECORD_PAT, PATH_PAT -> {
                var pathNode = child(pat, SyntaxKind.PATH);
                if (pathNode != null) {
                    var path = lowering.path(pathNode);
                    if (!(path.anchor() == Path.Anchor.PLAIN
                            && localTypes.contains(path.segments().getFirst().name()))) {
                        scope.resolvePattern(path, pat.kind() == SyntaxKind.TUPLE_STRUCT_PAT ? "tuple struct or tuple variant"
                                : pat.kind() == SyntaxKind.RECORD_PAT ? "struct, variant or union type"
                                : "unit struct, unit variant or constant");
                    }
                }
                for (var c : pat.descendants()) {
                    if (c != pat && c.parent() != null && isPattern(c) && isDirectSubPattern(pat, c)) {
                        pattern(c);
                    }
                }
            }
            default -> {
                for (var c : pat.children()) {
                    if (isPattern(c)) {
                        pattern(c);
                    } else if (c.kind() == SyntaxKind.RECORD_PAT_FIELD_LIST) {
                        pattern(c);
                    }
                }
            }
        }
    }

    /** Whether {@code sub} is a pattern of {@code pat} not nested inside another pattern of it. */
    private static boolean isDirectSubPattern(SyntaxNode pat, SyntaxNode sub) {
        for (var p = sub.parent(); p != null && p != pat; p = p.parent()) {
            if (isPattern(p)) {
                return false;
            }
        }
        return true;
    }
}
