package brisk.lsp;

import brisk.base.FileId;
import brisk.base.TextRange;
import brisk.items.Item;
import brisk.items.ItemLoc;
import brisk.items.ItemQueries;
import brisk.items.Nodes;
import brisk.resolve.Def;
import brisk.resolve.ResolveQueries;
import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import brisk.syntax.SyntaxQueries;
import brisk.types.Ty;
import brisk.types.TyDisplay;
import brisk.types.TypeQueries;

/**
 * Where a {@link CursorTarget} is defined (for go-to-definition) and how it reads (for hover, in
 * Rust syntax as rust-analyzer shows it: signatures from the item tree, types of locals and literals
 * from inference). Positions come from the item source map: an item's name range is relative to
 * its start.
 */
final class TargetSites {
    /** A place in a file: {@code name} is the part to select, inside {@code full}. */
    record Site(FileId file, TextRange full, TextRange name) {}

    private final ProjectView view;

    TargetSites(ProjectView view) {
        this.view = view;
    }

    /** The definition's place, or null for what has none in the workspace (built-in types). */
    Site site(CursorTarget target) {
        return switch (target) {
            case CursorTarget.Local local -> {
                var node = patternNode(local.file(), local.pattern());
                var name = node == null ? null : Nodes.child(node, SyntaxKind.NAME);
                yield new Site(local.file(), local.pattern(), name != null ? name.textRange() : local.pattern());
            }
            case CursorTarget.Field field -> fieldSite(field);
            case CursorTarget.Expression expression -> null;
            case CursorTarget.Definition d -> switch (d.def()) {
                case Def.Item item -> itemSite(item.loc());
                case Def.Variant variant -> {
                    var node = view.snapshot.get(ItemQueries.ITEM_SOURCE_MAP, variant.enumLoc().file())
                            .node(variant.enumLoc().index());
                    var item = view.snapshot.get(ItemQueries.ITEM_TREE, variant.enumLoc().file())
                            .item(variant.enumLoc().index());
                    var range = item instanceof Item.Enum e && variant.index() < e.variants().size()
                            && e.variants().get(variant.index()).nameRange() != null
                            ? e.variants().get(variant.index()).nameRange().shift(node.textRange().start())
                            : node.textRange();
                    yield new Site(variant.enumLoc().file(), range, range);
                }
                case Def.Module module -> {
                    var data = view.snapshot.get(ResolveQueries.DEF_MAP, module.module().crate()).module(module.module().module());
                    var decl = data.declaration();
                    if (decl != null && view.snapshot.get(ItemQueries.ITEM_TREE, decl.file()).item(decl.index())
                            instanceof Item.Module m && m.inline()) {
                        yield itemSite(decl);
                    }
                    yield data.file() == null ? null : new Site(data.file(), TextRange.at(0), TextRange.at(0));
                }
                default -> null;
            };
        };
    }

    /** A field's declaration: its range comes from the item tree, its name from the syntax inside it. */
    private Site fieldSite(CursorTarget.Field field) {
        var declared = fieldOf(field);
        if (declared == null) {
            return null;
        }
        int start = view.snapshot.get(ItemQueries.ITEM_SOURCE_MAP, field.adt().file()).itemStart(field.adt().index());
        var full = declared.range().shift(start);
        var node = view.snapshot.get(SyntaxQueries.PARSE, field.adt().file()).tree().coveringNode(full);
        var name = node == null ? null : Nodes.child(node, SyntaxKind.NAME);
        return new Site(field.adt().file(), full, name != null ? name.textRange() : full);
    }

    private Item.Field fieldOf(CursorTarget.Field field) {
        var fields = switch (view.snapshot.get(ItemQueries.ITEM_TREE, field.adt().file()).item(field.adt().index())) {
            case Item.Struct s -> s.fields();
            case Item.Union u -> u.fields();
            default -> java.util.List.<Item.Field>of();
        };
        return field.index() < fields.size() ? fields.get(field.index()) : null;
    }

    private Site itemSite(ItemLoc loc) {
        var node = view.snapshot.get(ItemQueries.ITEM_SOURCE_MAP, loc.file()).node(loc.index());
        var item = view.snapshot.get(ItemQueries.ITEM_TREE, loc.file()).item(loc.index());
        var name = item.nameRange() == null ? node.textRange() : item.nameRange().shift(node.textRange().start());
        return new Site(loc.file(), node.textRange(), name);
    }

    /** The {@code ///} documentation of the item a target names, as markdown; empty if none. */
    String docs(CursorTarget target) {
        ItemLoc loc = null;
        if (target instanceof CursorTarget.Definition d) {
            if (d.def() instanceof Def.Item item) {
                loc = item.loc();
            } else if (d.def() instanceof Def.Module module) {
                loc = view.snapshot.get(ResolveQueries.DEF_MAP, module.module().crate())
                        .module(module.module().module()).declaration();
            }
        }
        if (loc == null) {
            return "";
        }
        var node = view.snapshot.get(ItemQueries.ITEM_SOURCE_MAP, loc.file()).node(loc.index());
        var docs = new StringBuilder();
        for (var element : node.childrenWithTokens()) {
            if (!(element instanceof brisk.syntax.SyntaxToken token)) {
                if (element instanceof SyntaxNode child && child.kind() == SyntaxKind.ATTR) {
                    continue;
                }
                break;
            }
            String text = token.text();
            if (token.kind() == SyntaxKind.COMMENT && text.startsWith("///") && !text.startsWith("////")) {
                String line = text.substring(3);
                docs.append(line.startsWith(" ") ? line.substring(1) : line).append('\n');
            } else if (!token.kind().isTrivia()) {
                break;
            }
        }
        return docs.toString().strip();
    }

    /**
     * What holds the target, shown above its signature as rust-analyzer does: the struct of a field,
     * the impl or trait of a method or associated item. Null for everything else.
     */
    String container(CursorTarget target) {
        return switch (target) {
            case CursorTarget.Field field -> view.snapshot.get(ItemQueries.ITEM_TREE, field.adt().file())
                    .item(field.adt().index()).name();
            case CursorTarget.Definition d when d.def() instanceof Def.Item item -> {
                var tree = view.snapshot.get(ItemQueries.ITEM_TREE, item.loc().file());
                int container = ItemOwner.containerOf(tree, item.loc().index());
                yield container < 0 ? null : switch (tree.item(container)) {
                    case Item.Impl impl -> impl.trait() == null ? "impl " + SignatureRenderer.type(impl.selfType())
                            : "impl " + SignatureRenderer.path(impl.trait()) + " for "
                                    + SignatureRenderer.type(impl.selfType());
                    case Item.Trait trait -> "trait " + trait.name();
                    default -> null;
                };
            }
            default -> null;
        };
    }

    /** Hover text: the signature of the definition in Rust syntax, how a local was bound, or a literal's type. */
    String hover(CursorTarget target) {
        return switch (target) {
            case CursorTarget.Local local -> localText(local);
            case CursorTarget.Field field -> {
                var declared = fieldOf(field);
                yield declared == null ? null : SignatureRenderer.vis(declared.visibility()) + declared.name() + ": "
                        + SignatureRenderer.type(declared.type());
            }
            case CursorTarget.Expression expression -> expression.type();
            case CursorTarget.Definition d -> switch (d.def()) {
                case Def.Item item -> SignatureRenderer.item(
                        view.snapshot.get(ItemQueries.ITEM_TREE, item.loc().file()).item(item.loc().index()));
                case Def.Variant variant -> {
                    var item = view.snapshot.get(ItemQueries.ITEM_TREE, variant.enumLoc().file())
                            .item(variant.enumLoc().index());
                    yield item instanceof Item.Enum e && variant.index() < e.variants().size()
                            ? e.name() + "::" + SignatureRenderer.variant(e.variants().get(variant.index()))
                            : variant.name();
                }
                case Def.Module module -> {
                    var defMap = view.snapshot.get(ResolveQueries.DEF_MAP, module.module().crate());
                    var data = defMap.module(module.module().module());
                    if (data.declaration() == null) {
                        var crate = view.snapshot.input(brisk.project.ProjectInputs.CRATE_GRAPH, brisk.db.Unit.INSTANCE)
                                .crates().get(module.module().crate().crate().index());
                        yield "extern crate " + crate.name();
                    }
                    var decl = view.snapshot.get(ItemQueries.ITEM_TREE, data.declaration().file())
                            .item(data.declaration().index());
                    yield SignatureRenderer.item(decl);
                }
                case Def.BuiltinType builtin -> builtin.name();
                default -> null;
            };
        };
    }

    /**
     * {@code let mut total: i64} (the type as inferred), {@code w: i64} for a parameter,
     * {@code s: i64} for a binding in another pattern, or a local item's first line.
     */
    private String localText(CursorTarget.Local local) {
        var node = patternNode(local.file(), local.pattern());
        if (node == null) {
            return local.name();
        }
        // The covering node of `x` is its NAME; the binding is the IDENT_PAT of the same range.
        var binding = node;
        while (binding.kind() != SyntaxKind.IDENT_PAT && binding.parent() != null
                && binding.parent().textRange().equals(node.textRange())) {
            binding = binding.parent();
        }
        String inferred = binding.kind() == SyntaxKind.IDENT_PAT ? bindingType(local.file(), binding) : null;
        for (var n = node; n != null; n = n.parent()) {
            switch (n.kind()) {
                case PARAM, SELF_PARAM -> {
                    return n.text().strip();
                }
                case LET_STMT -> {
                    var type = Nodes.firstOf(n, brisk.items.SyntaxKinds.TYPES);
                    String shown = inferred != null ? inferred : type == null ? null : type.text().strip();
                    return "let " + node.text().strip() + (shown == null ? "" : ": " + shown);
                }
                case BLOCK_EXPR, STMT_LIST -> {
                    return inferred != null ? node.text().strip() + ": " + inferred
                            : node.text().strip().lines().findFirst().orElse(local.name());
                }
                default -> { }
            }
        }
        return node.text().strip();
    }

    /** The inferred type of a binding pattern in a body, in Rust syntax; null when unknown. */
    private String bindingType(FileId file, SyntaxNode pattern) {
        var owner = ItemOwner.at(view, file, pattern.textRange().start());
        if (owner == null || !owner.inBody()) {
            return null;
        }
        var type = view.snapshot.get(TypeQueries.INFER, owner.owner()).bindingTypes()
                .get(pattern.textRange().shift(-owner.bodyStart()));
        return type == null || type instanceof Ty.Error ? null : TyDisplay.show(type);
    }

    private SyntaxNode patternNode(FileId file, TextRange range) {
        var root = view.snapshot.get(SyntaxQueries.PARSE, file).tree();
        var node = root.coveringNode(range);
        return node != null && node.textRange().equals(range) ? node : null;
    }
}
