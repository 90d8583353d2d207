package brisk.lints;

import brisk.db.QueryContext;
import brisk.diagnostics.Applicability;
import brisk.diagnostics.Diagnostic;
import brisk.diagnostics.Label;
import brisk.diagnostics.Severity;
import brisk.diagnostics.SubDiagnostic;
import brisk.items.Item;
import brisk.items.ItemDiagnostic;
import brisk.items.ItemQueries;
import brisk.items.Nodes;
import brisk.items.SyntaxKinds;
import brisk.items.TypeLowering;
import brisk.resolve.BodyOwner;
import brisk.resolve.Def;
import brisk.resolve.ItemScope;
import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/**
 * Field checks of struct literals and patterns against the struct or variant their path names
 * (in this crate): E0560/E0559 unknown field in a literal, E0062 field given twice, E0063 missing
 * fields, E0026 unknown field in a record pattern, E0023 wrong arity of a tuple-struct pattern.
 */
final class StructFields {
    /** The fields a path's definition declares, and how rustc names it in messages. */
    /** A struct or variant: {@code def} is its item, {@code fieldRanges} its fields relative to that item. */
    private record Shape(String kindWord, String name, String initializerName, Item.FieldsShape shape,
                         List<String> fields, brisk.items.ItemLoc def, List<brisk.base.TextRange> fieldRanges) {}

    private final QueryContext ctx;
    private final BodyOwner owner;
    private final java.util.function.Supplier<ItemScope> scope;
    private final Diagnostics diags;
    private final List<ItemDiagnostic> out;
    private final TypeLowering lowering = new TypeLowering(0);
    private final Set<String> localItems = new HashSet<>();

    private StructFields(QueryContext ctx, BodyOwner owner, java.util.function.Supplier<ItemScope> scope, Diagnostics diags, List<ItemDiagnostic> out) {
        this.ctx = ctx;
        this.owner = owner;
        this.scope = scope;
        this.diags = diags;
        this.out = out;
    }

    static void check(QueryContext ctx, BodyOwner owner, java.util.function.Supplier<ItemScope> scope,
                      List<SyntaxNode> nodes, Diagnostics diags,
                      List<ItemDiagnostic> out) {
        var s = new StructFields(ctx, owner, scope, diags, out);
        for (var n : nodes) {
            if (SyntaxKinds.ITEMS.contains(n.kind()) && Nodes.name(n) != null) {
                s.localItems.add(Nodes.name(n));
            }
        }
        for (var n : nodes) {
            switch (n.kind()) {
                case RECORD_EXPR -> s.literal(n);
                case RECORD_PAT -> s.recordPattern(n);
                case TUPLE_STRUCT_PAT -> s.tuplePattern(n);
                default -> { }
            }
        }
    }

    private Shape shape(SyntaxNode node) {
        var pathNode = Nodes.child(node, SyntaxKind.PATH);
        if (pathNode == null) {
            return null;
        }
        var path = lowering.path(pathNode);
        if (path.segments().isEmpty() || localItems.contains(path.segments().getFirst().name())
                || path.segments().stream().anyMatch(s -> s.name().equals("Self"))) {
            return null;
        }
        var def = node.kind() == SyntaxKind.TUPLE_STRUCT_PAT
                ? scope.get().resolvePattern(path, "tuple struct or tuple variant") : scope.get().resolveStructPath(path);
        switch (def) {
            case Def.Item item when item.kind() == Def.DefKind.STRUCT && sameCrate(item.crate()) -> {
                if (ctx.get(ItemQueries.ITEM_TREE, item.loc().file()).item(item.loc().index()) instanceof Item.Struct st) {
                    return new Shape("struct", st.name(), st.name(), st.shape(), names(st.fields()), item.loc(),
                            st.fields().stream().map(Item.Field::range).toList());
                }
                return null;
            }
            case Def.Variant v when sameCrate(v.crate()) -> {
                if (ctx.get(ItemQueries.ITEM_TREE, v.enumLoc().file()).item(v.enumLoc().index()) instanceof Item.Enum e
                        && v.index() < e.variants().size()) {
                    var variant = e.variants().get(v.index());
                    return new Shape("variant", e.name() + "::" + variant.name(), e.name(), variant.shape(),
                            names(variant.fields()), v.enumLoc(), variant.fields().stream().map(Item.Field::range).toList());
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    private boolean sameCrate(brisk.resolve.CrateConfig crate) {
        return crate.crate().equals(owner.crate().crate());
    }

    private static List<String> names(List<Item.Field> fields) {
        return fields.stream().map(Item.Field::name).toList();
    }

    private void literal(SyntaxNode node) {
        var list = Nodes.child(node, SyntaxKind.RECORD_EXPR_FIELD_LIST);
        var shape = shape(node);
        if (list == null || shape == null || shape.shape() == Item.FieldsShape.UNIT) {
            return;
        }
        boolean base = Nodes.hasToken(list, SyntaxKind.DOT2);
        var given = new LinkedHashMap<String, SyntaxNode>();
        var unknown = new ArrayList<SyntaxNode>();
        boolean errors = false;
        for (var field : Nodes.children(list, SyntaxKind.RECORD_EXPR_FIELD)) {
            var ref = Nodes.child(field, SyntaxKind.NAME_REF);
            var nameNode = ref != null ? ref : field.firstChild();
            if (nameNode == null) {
                return;
            }
            String name = nameNode.text().strip();
            if (given.containsKey(name)) {
                errors = true;
                var firstUse = given.get(name).parent();
                out.add(diags.inBody(new Diagnostic(Severity.ERROR, "E0062", "field `" + name + "` specified more than once",
                        diags.span(Nodes.significantRange(nameNode)), "used more than once",
                        List.of(new Label(diags.span(Nodes.significantRange(firstUse)), "first use of `" + name + "`", false)),
                        List.of())));
                continue;
            }
            given.put(name, nameNode);
            if (!shape.fields().contains(name)) {
                unknown.add(nameNode);
            }
        }
        var unassigned = shape.fields().stream().filter(f -> !given.containsKey(f)).toList();
        for (var nameNode : unknown) {
            errors = true;
            String name = nameNode.text().strip();
            String code = shape.kindWord().equals("struct") ? "E0560" : "E0559";
            String message = shape.kindWord() + " `" + shape.name() + "` has no field named `" + name + "`";
            var range = Nodes.significantRange(nameNode);
            var similar = Similar.best(name, unassigned);
            Diagnostic d;
            if (similar != null) {
                d = Diagnostic.error(code, message, diags.span(range), "unknown field")
                        .withChild(diags.suggestParts("a field with a similar name exists", List.of(range),
                                List.of(similar), Applicability.MAYBE_INCORRECT));
            } else {
                d = Diagnostic.error(code, message, diags.span(range), "`" + shape.name() + "` does not have this field")
                        .withChild(SubDiagnostic.note(unassigned.isEmpty() ? "all struct fields are already assigned"
                                : "available fields are: " + String.join(", ", unassigned.stream().map(f -> "`" + f + "`").toList())));
            }
            out.add(diags.inBody(d));
        }
        if (errors || base || unassigned.isEmpty()) {
            return;
        }
        var sorted = unassigned.stream().sorted().map(f -> "`" + f + "`").toList();
        String list3;
        if (sorted.size() == 1) {
            list3 = sorted.getFirst();
        } else if (sorted.size() <= 3) {
            list3 = String.join(", ", sorted.subList(0, sorted.size() - 1)) + " and " + sorted.getLast();
        } else {
            int others = sorted.size() - 3;
            list3 = String.join(", ", sorted.subList(0, 3)) + " and " + others + " other field" + (others == 1 ? "" : "s");
        }
        String fields = sorted.size() == 1 ? "field " : "fields ";
        out.add(diags.inBody(Diagnostic.error("E0063", "missing " + fields + list3 + " in initializer of `"
                        + shape.initializerName() + "`",
                diags.span(Nodes.significantRange(Nodes.child(node, SyntaxKind.PATH))), "missing " + list3)));
    }

    private void recordPattern(SyntaxNode node) {
        var list = Nodes.child(node, SyntaxKind.RECORD_PAT_FIELD_LIST);
        var shape = shape(node);
        if (list == null || shape == null || shape.shape() == Item.FieldsShape.UNIT) {
            return;
        }
        var given = new HashSet<String>();
        for (var field : Nodes.children(list, SyntaxKind.RECORD_PAT_FIELD)) {
            var ref = Nodes.child(field, SyntaxKind.NAME_REF);
            SyntaxNode nameNode = ref;
            if (ref == null) {
                var ident = Nodes.child(field, SyntaxKind.IDENT_PAT);
                nameNode = ident == null ? null : Nodes.child(ident, SyntaxKind.NAME);
            }
            if (nameNode != null) {
                given.add(nameNode.text().strip());
            }
        }
        var unassigned = shape.fields().stream().filter(f -> !given.contains(f)).toList();
        for (var field : Nodes.children(list, SyntaxKind.RECORD_PAT_FIELD)) {
            var ref = Nodes.child(field, SyntaxKind.NAME_REF);
            SyntaxNode nameNode = ref;
            if (ref == null) {
                var ident = Nodes.child(field, SyntaxKind.IDENT_PAT);
                nameNode = ident == null ? null : Nodes.child(ident, SyntaxKind.NAME);
            }
            if (nameNode == null) {
                continue;
            }
            String name = nameNode.text().strip();
            if (shape.fields().contains(name)) {
                continue;
            }
            String what = shape.kindWord() + " `" + shape.name() + "`";
            var range = Nodes.significantRange(nameNode);
            var d = Diagnostic.error("E0026", what + " does not have a field named `" + name + "`", diags.span(range),
                    what + " does not have this field");
            var similar = Similar.best(name, unassigned);
            if (similar != null) {
                d = d.withChild(diags.suggestParts("a field with a similar name exists", List.of(range),
                        List.of(similar), Applicability.MAYBE_INCORRECT));
            }
            out.add(diags.inBody(d));
        }
    }

    private void tuplePattern(SyntaxNode node) {
        var shape = shape(node);
        if (shape == null || shape.shape() != Item.FieldsShape.TUPLE) {
            return;
        }
        var subs = node.children().stream().filter(c -> c.kind() != SyntaxKind.PATH).toList();
        if (subs.isEmpty() || subs.stream().anyMatch(c -> c.kind() == SyntaxKind.REST_PAT || !isPattern(c))) {
            return;
        }
        int expected = shape.fields().size();
        if (subs.size() == expected) {
            return;
        }
        String kind = shape.kindWord().equals("struct") ? "tuple struct" : "tuple variant";
        String message = "this pattern has " + count(subs.size()) + ", but the corresponding " + kind + " has "
                + count(expected);
        var labels = new ArrayList<Label>();
        for (int i = 1; i < subs.size(); i++) {
            labels.add(new Label(diags.span(Nodes.significantRange(subs.get(i))),
                    i == subs.size() - 1 ? "expected " + count(expected) + ", found " + subs.size() : null, true));
        }
        var children = new ArrayList<SubDiagnostic>();
        if (subs.size() < expected) {
            var last = Nodes.significantRange(subs.getLast());
            children.add(diags.suggestParts("use `_` to explicitly ignore each field",
                    List.of(brisk.base.TextRange.at(last.end())), List.of(", _".repeat(expected - subs.size())),
                    Applicability.MAYBE_INCORRECT));
        }
        var d = diags.inBody(new Diagnostic(Severity.ERROR, "E0023", message,
                diags.span(Nodes.significantRange(subs.getFirst())),
                subs.size() == 1 ? "expected " + count(expected) + ", found " + subs.size() : null, labels, children));
        if (shape.fieldRanges().stream().allMatch(java.util.Objects::nonNull) && !shape.fieldRanges().isEmpty()) {
            d = d.withDefSpan(new brisk.items.ItemDiagnostic.DefSpanRef(shape.def(), null, false, false, null, null,
                    shape.fieldRanges(), kind + " has " + count(expected)));
        }
        out.add(d);
    }

    private static String count(int n) {
        return n + (n == 1 ? " field" : " fields");
    }

    private static boolean isPattern(SyntaxNode n) {
        return switch (n.kind()) {
            case IDENT_PAT, WILDCARD_PAT, LITERAL_PAT, RANGE_PAT, TUPLE_PAT, TUPLE_STRUCT_PAT, RECORD_PAT,
                 REF_PAT, SLICE_PAT, OR_PAT, PATH_PAT, PAREN_PAT -> true;
            default -> false;
        };
    }
}
