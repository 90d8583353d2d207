package brisk.items;

import static brisk.items.Nodes.child;
import static brisk.items.Nodes.children;
import static brisk.items.Nodes.hasToken;

import brisk.base.TextRange;
import brisk.syntax.Parse;
import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import brisk.syntax.SyntaxToken;
import java.util.ArrayList;
import java.util.List;

/**
 * Lowers a file's syntax to its {@link ItemTree} and {@link ItemSourceMap} in one walk, so both
 * number items identically (pre-order: a container before its children). Tolerant: a broken
 * item lowers with what is there; nothing throws.
 */
final class ItemTreeLowering {
    private final List<Item> items = new ArrayList<>();
    private final List<SyntaxNode> nodes = new ArrayList<>();

    static LoweredFile lower(Parse parse) {
        var lowering = new ItemTreeLowering();
        var top = lowering.itemsOf(parse.tree());
        return new LoweredFile(new ItemTree(lowering.items, top), new ItemSourceMap(lowering.nodes));
    }

    /** Lowers the item children of {@code container} (a source file, item list or assoc item list). */
    private List<Integer> itemsOf(SyntaxNode container) {
        var out = new ArrayList<Integer>();
        if (container == null) {
            return out;
        }
        for (var node : container.children()) {
            if (SyntaxKinds.ITEMS.contains(node.kind())) {
                out.add(item(node));
            }
        }
        return out;
    }

    private int item(SyntaxNode node) {
        int index = items.size();
        items.add(null);
        nodes.add(node);
        items.set(index, lower(node, new TypeLowering(node.textRange().start())));
        return index;
    }

    private Item lower(SyntaxNode node, TypeLowering t) {
        var attrs = AttrLowering.lower(node);
        var vis = t.visibility(node);
        String name = Nodes.name(node);
        TextRange nameRange = child(node, SyntaxKind.NAME) == null ? null : t.rel(child(node, SyntaxKind.NAME));
        var generics = t.generics(child(node, SyntaxKind.GENERIC_PARAM_LIST), child(node, SyntaxKind.WHERE_CLAUSE));
        return switch (node.kind()) {
            case FN -> fn(node, t, attrs, vis, name, nameRange, generics);
            case STRUCT -> {
                var record = child(node, SyntaxKind.RECORD_FIELD_LIST);
                var tuple = child(node, SyntaxKind.TUPLE_FIELD_LIST);
                var shape = record != null ? Item.FieldsShape.NAMED
                        : tuple != null ? Item.FieldsShape.TUPLE : Item.FieldsShape.UNIT;
                yield new Item.Struct(name, vis, attrs, nameRange, generics, shape, fields(record, tuple, t));
            }
            case UNION -> new Item.Union(name, vis, attrs, nameRange, generics,
                    fields(child(node, SyntaxKind.RECORD_FIELD_LIST), null, t));
            case ENUM -> new Item.Enum(name, vis, attrs, nameRange, generics, variants(node, t));
            case TRAIT -> new Item.Trait(name, vis, attrs, nameRange, generics,
                    t.bounds(child(node, SyntaxKind.TYPE_BOUND_LIST)), hasToken(node, SyntaxKind.UNSAFE_KW),
                    itemsOf(child(node, SyntaxKind.ASSOC_ITEM_LIST)));
            case IMPL -> impl(node, t, attrs, generics);
            case MODULE -> {
                var list = child(node, SyntaxKind.ITEM_LIST);
                yield new Item.Module(name, vis, attrs, nameRange, list != null, itemsOf(list), t.rel(node));
            }
            case USE -> new Item.Use(vis, attrs, UseLowering.imports(child(node, SyntaxKind.USE_TREE), t));
            case TYPE_ALIAS -> new Item.TypeAlias(name, vis, attrs, nameRange, generics,
                    t.bounds(child(node, SyntaxKind.TYPE_BOUND_LIST)), t.typeChild(node));
            case CONST -> new Item.Const(name != null ? name : "_", vis, attrs, nameRange, t.typeChild(node),
                    hasToken(node, SyntaxKind.EQ));
            case STATIC -> new Item.Static(name, vis, attrs, nameRange, hasToken(node, SyntaxKind.MUT_KW),
                    t.typeChild(node));
            case EXTERN_CRATE -> {
                var ref = child(node, SyntaxKind.NAME_REF);
                var rename = child(node, SyntaxKind.RENAME);
                String crateName = ref == null ? (hasToken(node, SyntaxKind.SELF_KW) ? "self" : null)
                        : Nodes.identText(ref);
                yield new Item.ExternCrate(crateName, vis, attrs, ref == null ? null : t.rel(ref),
                        rename == null ? null : renameText(rename));
            }
            case MACRO_RULES -> new Item.MacroRules(name, vis, attrs, nameRange);
            case EXTERN_BLOCK -> {
                var keyword = Nodes.token(node, SyntaxKind.EXTERN_KW);
                yield new Item.ExternBlock(attrs, keyword == null ? t.rel(node) : t.rel(keyword));
            }
            default -> {
                var path = child(node, SyntaxKind.PATH);
                yield new Item.MacroCall(path == null ? null : t.path(path), attrs);
            }
        };
    }

    private static Item.ParamBinding paramBinding(SyntaxNode identPat, TypeLowering t) {
        var name = child(identPat, SyntaxKind.NAME);
        boolean inOr = identPat.ancestors().stream().anyMatch(a -> a.kind() == SyntaxKind.OR_PAT);
        boolean sub = identPat.children().stream().anyMatch(c -> c.kind() != SyntaxKind.NAME);
        return new Item.ParamBinding(Nodes.name(identPat), t.rel(Nodes.significantRange(identPat)),
                t.rel(Nodes.significantRange(name)), hasToken(identPat, SyntaxKind.MUT_KW),
                hasToken(identPat, SyntaxKind.REF_KW), inOr, sub);
    }

    private Item.Fn fn(SyntaxNode node, TypeLowering t, Attrs attrs, Visibility vis, String name,
                       TextRange nameRange, Generics generics) {
        var abi = child(node, SyntaxKind.ABI);
        var qualifiers = new Item.Qualifiers(hasToken(node, SyntaxKind.CONST_KW), hasToken(node, SyntaxKind.ASYNC_KW),
                hasToken(node, SyntaxKind.UNSAFE_KW), abi == null ? null : abi.text().strip());
        var paramList = child(node, SyntaxKind.PARAM_LIST);
        Item.SelfParam self = null;
        var selfNode = child(paramList, SyntaxKind.SELF_PARAM);
        if (selfNode != null) {
            var explicit = t.typeChild(selfNode);
            Item.SelfParam.Kind kind = explicit != null ? Item.SelfParam.Kind.TYPED
                    : hasToken(selfNode, SyntaxKind.AMP)
                    ? (hasToken(selfNode, SyntaxKind.MUT_KW) ? Item.SelfParam.Kind.REF_MUT : Item.SelfParam.Kind.REF)
                    : Item.SelfParam.Kind.VALUE;
            boolean mutBinding = kind != Item.SelfParam.Kind.REF_MUT && hasToken(selfNode, SyntaxKind.MUT_KW);
            self = new Item.SelfParam(kind, mutBinding, explicit, t.rel(selfNode));
        }
        var params = new ArrayList<Item.Param>();
        for (var p : children(paramList, SyntaxKind.PARAM)) {
            var type = t.typeChild(p);
            var pat = p.children().stream().filter(c -> !SyntaxKinds.TYPES.contains(c.kind())).findFirst();
            var bindings = new ArrayList<String>();
            var sites = new ArrayList<Item.ParamBinding>();
            pat.ifPresent(n -> {
                for (var d : n.descendants()) {
                    if (d.kind() == SyntaxKind.IDENT_PAT && Nodes.name(d) != null) {
                        bindings.add(Nodes.name(d));
                        sites.add(paramBinding(d, t));
                    }
                }
            });
            params.add(new Item.Param(pat.map(n -> n.text().strip()).orElse("_"), bindings,
                    type != null ? type : new TypeRef.ErrorType(t.rel(p)), sites));
        }
        var ret = child(node, SyntaxKind.RET_TYPE);
        return new Item.Fn(name, vis, attrs, nameRange, qualifiers, generics, self, params,
                ret == null ? null : t.typeChild(ret), child(node, SyntaxKind.BLOCK_EXPR) != null);
    }

    private Item.Impl impl(SyntaxNode node, TypeLowering t, Attrs attrs, Generics generics) {
        var types = Nodes.allOf(node, SyntaxKinds.TYPES);
        boolean hasFor = hasToken(node, SyntaxKind.FOR_KW);
        Path trait = null;
        TypeRef self;
        if (hasFor && types.size() >= 2) {
            var traitType = types.get(0);
            var path = child(traitType, SyntaxKind.PATH);
            trait = path == null ? null : t.path(path);
            self = t.type(types.get(1));
        } else {
            self = types.isEmpty() ? new TypeRef.ErrorType(t.rel(node)) : t.type(types.getFirst());
        }
        return new Item.Impl(attrs, generics, trait, hasToken(node, SyntaxKind.BANG), self,
                itemsOf(child(node, SyntaxKind.ASSOC_ITEM_LIST)));
    }

    private static List<Item.Field> fields(SyntaxNode record, SyntaxNode tuple, TypeLowering t) {
        var out = new ArrayList<Item.Field>();
        for (var f : children(record, SyntaxKind.RECORD_FIELD)) {
            var type = t.typeChild(f);
            out.add(new Item.Field(String.valueOf(Nodes.name(f)), t.visibility(f),
                    type != null ? type : new TypeRef.ErrorType(t.rel(f)), t.rel(f)));
        }
        int i = 0;
        for (var f : children(tuple, SyntaxKind.TUPLE_FIELD)) {
            var type = t.typeChild(f);
            out.add(new Item.Field(Integer.toString(i++), t.visibility(f),
                    type != null ? type : new TypeRef.ErrorType(t.rel(f)), t.rel(f)));
        }
        return out;
    }

    private static List<Item.Variant> variants(SyntaxNode node, TypeLowering t) {
        var out = new ArrayList<Item.Variant>();
        for (var v : children(child(node, SyntaxKind.VARIANT_LIST), SyntaxKind.VARIANT)) {
            var record = child(v, SyntaxKind.RECORD_FIELD_LIST);
            var tuple = child(v, SyntaxKind.TUPLE_FIELD_LIST);
            var shape = record != null ? Item.FieldsShape.NAMED
                    : tuple != null ? Item.FieldsShape.TUPLE : Item.FieldsShape.UNIT;
            String discriminant = null;
            if (hasToken(v, SyntaxKind.EQ)) {
                var expr = v.children().stream()
                        .filter(c -> c != record && c != tuple && c.kind() != SyntaxKind.NAME
                                && c.kind() != SyntaxKind.ATTR && c.kind() != SyntaxKind.VISIBILITY)
                        .findFirst();
                discriminant = expr.map(e -> e.text().strip()).orElse("");
            }
            var name = child(v, SyntaxKind.NAME);
            out.add(new Item.Variant(String.valueOf(Nodes.name(v)), shape, fields(record, tuple, t), discriminant,
                    name == null ? t.rel(v) : t.rel(name)));
        }
        return out;
    }

    static String renameText(SyntaxNode rename) {
        var name = child(rename, SyntaxKind.NAME);
        if (name != null) {
            return Nodes.identText(name);
        }
        SyntaxToken underscore = Nodes.token(rename, SyntaxKind.UNDERSCORE);
        return underscore != null ? "_" : null;
    }
}
