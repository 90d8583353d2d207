package brisk.lsp;

import brisk.base.FileId;
import brisk.base.TextRange;
import brisk.items.Item;
import brisk.items.ItemLoc;
import brisk.items.ItemQueries;
import brisk.items.Nodes;
import brisk.items.Path;
import brisk.items.TypeLowering;
import brisk.resolve.BodyResolution;
import brisk.resolve.Def;
import brisk.resolve.ItemScope;
import brisk.resolve.ModuleRef;
import brisk.resolve.ResolveQueries;
import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import brisk.syntax.SyntaxQueries;
import brisk.syntax.SyntaxToken;
import brisk.types.InferenceResult;
import brisk.types.Ty;
import brisk.types.TyDisplay;
import brisk.types.TypeQueries;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds what the name at an offset refers to, reusing name resolution and type inference: a field
 * access, a struct literal's field or a method call reads the body's {@link InferenceResult} (the
 * receiver's type, the resolved callee), a literal gets its inferred type; a path expression in a body
 * is looked up in the body's {@link BodyResolution} (locals included); other paths (types, patterns,
 * macros, {@code use} trees, path prefixes such as the {@code m} of {@code m::f}) are resolved with an
 * {@link ItemScope} of the item around them, whose diagnostics are dropped. A declared name (an
 * item's, a variant's, a binding's) refers to itself.
 */
final class Navigator {
    private final ProjectView view;

    Navigator(ProjectView view) {
        this.view = view;
    }

    /** The target of the name at byte {@code offset} of {@code file}, or null when there is none. */
    CursorTarget at(FileId file, int offset) {
        var root = view.snapshot.get(SyntaxQueries.PARSE, file).tree();
        var tokens = root.tokensAtOffset(offset);
        var token = nameToken(tokens);
        if (token == null) {
            return literal(file, tokens);
        }
        var owner = ItemOwner.at(view, file, token.textRange().start());
        if (owner == null) {
            return null;
        }
        var parent = token.parent();
        if (parent.kind() == SyntaxKind.NAME) {
            return declared(file, owner, parent.parent(), token.textRange());
        }
        var grandparent = parent.kind() == SyntaxKind.NAME_REF ? parent.parent() : null;
        if (grandparent != null && owner.inBody()) {
            switch (grandparent.kind()) {
                case FIELD_EXPR -> {
                    return field(owner, grandparent.firstChild(), token);
                }
                case METHOD_CALL_EXPR -> {
                    return method(owner, grandparent, token);
                }
                case RECORD_EXPR_FIELD -> {
                    var record = recordExpr(grandparent);
                    if (record != null && grandparent.children().size() > 1) {
                        return field(owner, record, token);
                    }
                }
                default -> { }
            }
        }
        if (grandparent != null && grandparent.kind() == SyntaxKind.PATH_SEGMENT && grandparent.parent() != null) {
            return path(file, owner, grandparent.parent(), token.textRange());
        }
        return owner.inBody() ? inMacroArguments(file, owner, token) : null;
    }

    /** A literal in a body: its inferred type ({@code i64} for the {@code 3} of {@code let x: i64 = 3}). */
    private CursorTarget literal(FileId file, List<SyntaxToken> tokens) {
        for (var token : tokens) {
            if (token.parent() == null || token.parent().kind() != SyntaxKind.LITERAL) {
                continue;
            }
            var owner = ItemOwner.at(view, file, token.textRange().start());
            if (owner == null || !owner.inBody()) {
                return null;
            }
            var type = inference(owner).exprTypes().get(token.parent().textRange().shift(-owner.bodyStart()));
            return type == null || type instanceof Ty.Error ? null
                    : new CursorTarget.Expression(token.parent().textRange(), TyDisplay.show(type));
        }
        return null;
    }

    /**
     * The field named by {@code token} of the struct or union that {@code base} evaluates to, through
     * references as auto-deref goes ({@code r.w} with {@code r: &Rect}).
     */
    private CursorTarget field(ItemOwner owner, SyntaxNode base, SyntaxToken token) {
        if (base == null) {
            return null;
        }
        Ty type = inference(owner).exprTypes().get(base.textRange().shift(-owner.bodyStart()));
        while (type instanceof Ty.Ref ref) {
            type = ref.inner();
        }
        if (!(type instanceof Ty.Adt adt)) {
            return null;
        }
        var fields = switch (view.snapshot.get(ItemQueries.ITEM_TREE, adt.def().file()).item(adt.def().index())) {
            case Item.Struct s -> s.fields();
            case Item.Union u -> u.fields();
            default -> List.<Item.Field>of();
        };
        for (int i = 0; i < fields.size(); i++) {
            if (token.text().equals(fields.get(i).name())) {
                return new CursorTarget.Field(token.textRange(), adt.def(), i);
            }
        }
        return null;
    }

    /** The method a method call resolved to, as inference recorded it. */
    private CursorTarget method(ItemOwner owner, SyntaxNode call, SyntaxToken token) {
        var callee = inference(owner).callees().get(call.textRange().shift(-owner.bodyStart()));
        if (callee == null) {
            return null;
        }
        var fn = callee.fn().owner();
        return new CursorTarget.Definition(token.textRange(), new Def.Item(fn.crate(), fn.item(), Def.DefKind.FN));
    }

    /** The RECORD_EXPR around one of its fields. */
    private static SyntaxNode recordExpr(SyntaxNode field) {
        var list = field.parent();
        var record = list == null ? null : list.parent();
        return record != null && record.kind() == SyntaxKind.RECORD_EXPR ? record : null;
    }

    private InferenceResult inference(ItemOwner owner) {
        return view.snapshot.get(TypeQueries.INFER, owner.owner());
    }

    /**
     * A name in the arguments of a std macro ({@code println!("{}", square(side))}): they are a token
     * tree in the file's syntax, but body resolution parsed them as expressions and recorded their
     * paths at the same offsets. Only the last segment of such a path is known.
     */
    private CursorTarget inMacroArguments(FileId file, ItemOwner owner, SyntaxToken token) {
        var resolution = view.snapshot.get(ResolveQueries.BODY_RESOLUTION, owner.owner());
        for (var resolved : resolution.paths()) {
            var range = resolved.range().shift(owner.bodyStart());
            if (range.containsRange(token.textRange()) && range.end() == token.textRange().end()) {
                if (resolved.local() != null) {
                    return local(file, owner, resolved, token.text(), token.textRange());
                }
                return resolved.def() == null || resolved.def() instanceof Def.Error
                        ? null : new CursorTarget.Definition(token.textRange(), resolved.def());
            }
        }
        return null;
    }

    private static SyntaxToken nameToken(List<SyntaxToken> tokens) {
        for (var token : tokens.reversed()) {
            if (token.kind() == SyntaxKind.IDENT) {
                return token;
            }
        }
        return null;
    }

    /** A name in declaring position: an item's, a variant's or a binding's. */
    private CursorTarget declared(FileId file, ItemOwner owner, SyntaxNode named, TextRange origin) {
        if (named == null) {
            return null;
        }
        if (named.kind() == SyntaxKind.IDENT_PAT) {
            return new CursorTarget.Local(origin, file, named.textRange(), Nodes.name(named));
        }
        var map = view.snapshot.get(ItemQueries.ITEM_SOURCE_MAP, file);
        if (named.kind() == SyntaxKind.VARIANT) {
            var enumNode = named.parent() == null ? null : named.parent().parent();
            for (int i = 0; enumNode != null && i < map.size(); i++) {
                if (map.node(i).textRange().equals(enumNode.textRange()) && map.node(i).kind() == SyntaxKind.ENUM) {
                    int index = Nodes.children(named.parent(), SyntaxKind.VARIANT).indexOf(named);
                    return new CursorTarget.Definition(origin, new Def.Variant(owner.owner().crate(),
                            new ItemLoc(file, i), index, Nodes.name(named)));
                }
            }
            return null;
        }
        var tree = view.snapshot.get(ItemQueries.ITEM_TREE, file);
        for (int i = 0; i < map.size(); i++) {
            if (map.node(i).textRange().equals(named.textRange()) && map.node(i).kind() == named.kind()) {
                var loc = new ItemLoc(file, i);
                var def = definitionOf(owner, loc, tree.item(i));
                return def == null ? null : new CursorTarget.Definition(origin, def);
            }
        }
        // A fn, struct... declared inside a body: a local item.
        return owner.inBody() ? new CursorTarget.Local(origin, file, named.textRange(), Nodes.name(named)) : null;
    }

    private Def definitionOf(ItemOwner owner, ItemLoc loc, Item item) {
        var kind = switch (item) {
            case Item.Fn f -> Def.DefKind.FN;
            case Item.Struct s -> Def.DefKind.STRUCT;
            case Item.Union u -> Def.DefKind.UNION;
            case Item.Enum e -> Def.DefKind.ENUM;
            case Item.Trait t -> Def.DefKind.TRAIT;
            case Item.TypeAlias t -> Def.DefKind.TYPE_ALIAS;
            case Item.Const c -> Def.DefKind.CONST;
            case Item.Static s -> Def.DefKind.STATIC;
            case Item.MacroRules m -> Def.DefKind.MACRO;
            case Item.Module m -> null;
            default -> null;
        };
        if (kind != null) {
            return new Def.Item(owner.owner().crate(), loc, kind);
        }
        if (item instanceof Item.Module) {
            var defMap = view.snapshot.get(ResolveQueries.DEF_MAP, owner.owner().crate());
            for (int m = 0; m < defMap.modules().size(); m++) {
                if (loc.equals(defMap.module(m).declaration())) {
                    return new Def.Module(new ModuleRef(owner.owner().crate(), m));
                }
            }
        }
        return null;
    }

    /** A name inside a path; {@code prefixNode} is the PATH that ends with the segment under the cursor. */
    private CursorTarget path(FileId file, ItemOwner owner, SyntaxNode prefixNode, TextRange origin) {
        var top = prefixNode;
        while (top.parent() != null && top.parent().kind() == SyntaxKind.PATH) {
            top = top.parent();
        }
        var path = new TypeLowering(0).path(prefixNode);
        if (path.segments().isEmpty() || path.segments().stream().anyMatch(Path.Segment::isPlaceholder)) {
            return null;
        }
        var context = top.parent() == null ? null : top.parent().kind();
        boolean whole = top == prefixNode || top.textRange().equals(prefixNode.textRange());
        if (whole && context == SyntaxKind.PATH_EXPR && owner.inBody()) {
            var resolution = view.snapshot.get(ResolveQueries.BODY_RESOLUTION, owner.owner());
            for (var resolved : resolution.paths()) {
                if (!resolved.range().shift(owner.bodyStart()).equals(top.textRange())) {
                    continue;
                }
                if (resolved.local() != null) {
                    return local(file, owner, resolved, path.lastName(), origin);
                }
                return resolved.def() == null || resolved.def() instanceof Def.Error
                        ? null : new CursorTarget.Definition(origin, resolved.def());
            }
        }
        var scope = new ItemScope(view.snapshot, owner.owner(), owner.inBody(), new ArrayList<>());
        Def def;
        if (!whole) {
            def = scope.resolveType(path, "type");
        } else {
            def = switch (context) {
                case PATH_EXPR -> scope.resolveValue(path, "value");
                case PATH_TYPE -> scope.resolveType(path, "type");
                case MACRO_CALL -> {
                    var macro = scope.resolveMacro(path);
                    yield macro instanceof Def.Error && path.isSingleName() ? stdMacro(owner, path.lastName()) : macro;
                }
                case RECORD_EXPR, RECORD_PAT -> scope.resolveStructPath(path);
                case TUPLE_STRUCT_PAT, PATH_PAT -> scope.resolvePattern(path, "pattern");
                case null, default -> {
                    var type = scope.resolveType(path, "type");
                    yield type instanceof Def.Error ? scope.resolveValue(path, "value") : type;
                }
            };
        }
        return def instanceof Def.Error ? null : new CursorTarget.Definition(origin, def);
    }

    /**
     * std's exported macros ({@code println!}) are found by name rather than through scopes when a
     * body is resolved; navigation looks them up in std's root module.
     */
    private Def stdMacro(ItemOwner owner, String name) {
        var std = view.snapshot.get(ResolveQueries.DEF_MAP, owner.owner().crate()).externPrelude().get("std");
        if (std == null) {
            return new Def.Error();
        }
        var binding = view.snapshot.get(ResolveQueries.DEF_MAP, std).module(0).scope()
                .get(brisk.resolve.Namespace.MACROS, name);
        return binding == null ? new Def.Error() : binding.def();
    }

    /** A local: its pattern in the body, or for a parameter (recorded with an empty range) its place in the signature. */
    private CursorTarget local(FileId file, ItemOwner owner, BodyResolution.ResolvedPath resolved, String name,
            TextRange origin) {
        if (!resolved.local().isEmpty()) {
            return new CursorTarget.Local(origin, file, resolved.local().shift(owner.bodyStart()), name);
        }
        var params = Nodes.child(owner.node(), SyntaxKind.PARAM_LIST);
        if (params == null) {
            return null;
        }
        if (name.equals("self")) {
            var self = Nodes.child(params, SyntaxKind.SELF_PARAM);
            return self == null ? null : new CursorTarget.Local(origin, file, self.textRange(), name);
        }
        for (var node : params.descendants()) {
            if (node.kind() == SyntaxKind.IDENT_PAT && name.equals(Nodes.name(node))) {
                return new CursorTarget.Local(origin, file, node.textRange(), name);
            }
        }
        return null;
    }
}
