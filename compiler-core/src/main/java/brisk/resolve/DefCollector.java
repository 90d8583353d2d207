package brisk.resolve;

import brisk.base.FileId;
import brisk.base.TextRange;
import brisk.db.QueryContext;
import brisk.db.Unit;
import brisk.diagnostics.Diagnostic;
import brisk.diagnostics.Span;
import brisk.items.Item;
import brisk.items.ItemDiagnostic;
import brisk.items.ItemLoc;
import brisk.items.ItemQueries;
import brisk.items.ItemTree;
import brisk.items.Visibility;
import brisk.project.CrateData;
import brisk.project.CrateGraph;
import brisk.project.ProjectInputs;
import brisk.project.SourceFiles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a crate's {@link DefMap}: walks the module tree from the crate root through item trees
 * ({@code mod x;} → {@code x.rs} / {@code x/mod.rs}), enters every item into its module's scope,
 * then resolves imports to a fixpoint ({@link ImportResolver}).
 */
final class DefCollector {
    private final QueryContext ctx;
    private final CrateConfig config;
    private final SourceFiles files;
    final List<MutableModule> modules = new ArrayList<>();
    final List<ItemDiagnostic> diagnostics = new ArrayList<>();
    final List<PendingImport> imports = new ArrayList<>();

    /** A module under construction; frozen into {@link ModuleData} at the end. */
    static final class MutableModule {
        final String name;
        final int parent;
        final FileId file;
        final List<Integer> items = new ArrayList<>();
        final ItemLoc declaration;
        final String childDir;
        final Map<String, Integer> children = new HashMap<>();
        final Map<String, Binding> types = new HashMap<>();
        final Map<String, Binding> values = new HashMap<>();
        final Map<String, Binding> macros = new HashMap<>();

        MutableModule(String name, int parent, FileId file, ItemLoc declaration, String childDir) {
            this.name = name;
            this.parent = parent;
            this.file = file;
            this.declaration = declaration;
            this.childDir = childDir;
        }

        Map<String, Binding> namespace(Namespace ns) {
            return switch (ns) {
                case TYPES -> types;
                case VALUES -> values;
                case MACROS -> macros;
            };
        }
    }

    /** One leaf of a {@code use}, waiting to be resolved. */
    record PendingImport(int module, ItemLoc use, Item.Import imp, ResolvedVisibility visibility) {}

    DefCollector(QueryContext ctx, CrateConfig config) {
        this.ctx = ctx;
        this.config = config;
        this.files = ctx.input(ProjectInputs.SOURCE_FILES, Unit.INSTANCE);
    }

    static DefMap collect(QueryContext ctx, CrateConfig config) {
        var collector = new DefCollector(ctx, config);
        CrateGraph graph = ctx.input(ProjectInputs.CRATE_GRAPH, Unit.INSTANCE);
        CrateData crate = graph.crate(config.crate());
        Map<String, CrateConfig> externPrelude = new HashMap<>();
        for (var dep : crate.deps()) {
            externPrelude.put(dep.externName(), new CrateConfig(dep.crate(), false));
        }
        FileId root = collector.files.id(crate.rootFile());
        if (root != null) {
            String rootDir = directoryOf(crate.rootFile());
            collector.modules.add(new MutableModule("crate", -1, root, null, rootDir));
            collector.collectItems(0, root, ctx.get(ItemQueries.ITEM_TREE, root).topLevel());
        } else {
            collector.modules.add(new MutableModule("crate", -1, null, null, ""));
        }
        var resolver = new ImportResolver(ctx, config, collector, externPrelude);
        resolver.resolveAll();
        ModuleRef prelude = resolver.findStdPrelude();
        var frozen = new ArrayList<ModuleData>(collector.modules.size());
        for (var m : collector.modules) {
            frozen.add(new ModuleData(m.name, m.parent, m.file, m.items, m.declaration, m.childDir, m.children,
                    new Scope(m.types, m.values, m.macros)));
        }
        return new DefMap(config, frozen, externPrelude, prelude, collector.diagnostics);
    }

    private void collectItems(int module, FileId file, List<Integer> indices) {
        ItemTree tree = ctx.get(ItemQueries.ITEM_TREE, file);
        for (int index : indices) {
            Item item = tree.item(index);
            if (item.attrs().cfgTest() && !config.test()) {
                continue;
            }
            modules.get(module).items.add(index);
            var loc = new ItemLoc(file, index);
            var vis = resolveVisibility(module, item.visibility());
            switch (item) {
                case Item.Module m -> collectModule(module, loc, m, vis);
                case Item.Use u -> {
                    for (var imp : u.imports()) {
                        imports.add(new PendingImport(module, loc, imp, vis));
                    }
                }
                case Item.ExternCrate e -> imports.add(new PendingImport(module, loc, externCrateImport(e), vis));
                case Item.Fn f -> define(module, Namespace.VALUES, f.name(), itemDef(loc, Def.DefKind.FN), vis);
                case Item.Struct s -> {
                    var def = itemDef(loc, Def.DefKind.STRUCT);
                    define(module, Namespace.TYPES, s.name(), def, vis);
                    if (s.shape() != Item.FieldsShape.NAMED) {
                        define(module, Namespace.VALUES, s.name(), def, vis);
                    }
                }
                case Item.Union u -> define(module, Namespace.TYPES, u.name(), itemDef(loc, Def.DefKind.UNION), vis);
                case Item.Enum e -> define(module, Namespace.TYPES, e.name(), itemDef(loc, Def.DefKind.ENUM), vis);
                case Item.Trait t -> define(module, Namespace.TYPES, t.name(), itemDef(loc, Def.DefKind.TRAIT), vis);
                case Item.TypeAlias t ->
                        define(module, Namespace.TYPES, t.name(), itemDef(loc, Def.DefKind.TYPE_ALIAS), vis);
                case Item.Const c -> define(module, Namespace.VALUES, c.name(), itemDef(loc, Def.DefKind.CONST), vis);
                case Item.Static s -> define(module, Namespace.VALUES, s.name(), itemDef(loc, Def.DefKind.STATIC), vis);
                case Item.MacroRules m -> {
                    var def = itemDef(loc, Def.DefKind.MACRO);
                    define(module, Namespace.MACROS, m.name(), def, vis);
                    if (m.attrs().macroExport()) {
                        define(0, Namespace.MACROS, m.name(), def, ResolvedVisibility.PUBLIC);
                    }
                }
                case Item.Impl i -> { }
                case Item.MacroCall c -> { }
                case Item.ExternBlock e -> { }
            }
        }
    }

    private static Item.Import externCrateImport(Item.ExternCrate e) {
        var seg = new brisk.items.Path.Segment(e.name(), List.of(), e.nameRange());
        var path = new brisk.items.Path(brisk.items.Path.Anchor.GLOBAL, 0, List.of(seg), e.nameRange());
        return new Item.Import(path, e.alias(), false, false);
    }

    private void collectModule(int parent, ItemLoc loc, Item.Module m, ResolvedVisibility vis) {
        var parentModule = modules.get(parent);
        String dir = parentModule.childDir;
        int index = modules.size();
        if (m.inline()) {
            modules.add(new MutableModule(m.name(), parent, loc.file(), loc, dir + m.name() + "/"));
            parentModule.children.put(m.name(), index);
            define(parent, Namespace.TYPES, m.name(), new Def.Module(new ModuleRef(config, index)), vis);
            collectItems(index, loc.file(), m.children());
            return;
        }
        String path = m.attrs().pathOverride() != null
                ? directoryOf(files.path(loc.file())) + m.attrs().pathOverride()
                : null;
        FileId file = path != null ? files.id(path) : files.id(dir + m.name() + ".rs");
        String childDir = dir + m.name() + "/";
        if (file == null && path == null) {
            file = files.id(dir + m.name() + "/mod.rs");
        }
        if (file == null) {
            diagnostics.add(new ItemDiagnostic(loc, false, missingModuleFile(loc, m, dir)));
            define(parent, Namespace.TYPES, m.name(), new Def.Error(), vis);
            return;
        }
        if (path != null) {
            childDir = directoryOf(path);
        } else if (files.path(file).endsWith("/mod.rs")) {
            childDir = directoryOf(files.path(file));
        }
        modules.add(new MutableModule(m.name(), parent, file, loc, childDir));
        parentModule.children.put(m.name(), index);
        define(parent, Namespace.TYPES, m.name(), new Def.Module(new ModuleRef(config, index)), vis);
        collectItems(index, file, ctx.get(ItemQueries.ITEM_TREE, file).topLevel());
    }

    private static Diagnostic missingModuleFile(ItemLoc loc, Item.Module m, String dir) {
        var span = new Span(loc.file(), m.declRange());
        return Diagnostic.error("E0583", "file not found for module `" + m.name() + "`", span, null)
                .withChild(new brisk.diagnostics.SubDiagnostic(brisk.diagnostics.Severity.HELP,
                        "to create the module `" + m.name() + "`, create file \"" + dir + m.name()
                                + ".rs\" or \"" + dir + m.name() + "/mod.rs\"", null))
                .withChild(new brisk.diagnostics.SubDiagnostic(brisk.diagnostics.Severity.NOTE,
                        "if there is a `mod " + m.name()
                                + "` elsewhere in the crate already, import it with `use crate::...` instead", null));
    }

    private Def itemDef(ItemLoc loc, Def.DefKind kind) {
        return new Def.Item(config, loc, kind);
    }

    /** Enters a definition; a second definition of the same name keeps the first (rustc reports E0428). */
    void define(int module, Namespace ns, String name, Def def, ResolvedVisibility vis) {
        if (name == null || name.equals("_")) {
            return;
        }
        modules.get(module).namespace(ns).putIfAbsent(name, new Binding(def, vis, false));
    }

    ResolvedVisibility resolveVisibility(int module, Visibility vis) {
        return switch (vis.kind()) {
            case PUBLIC -> ResolvedVisibility.PUBLIC;
            case CRATE -> new ResolvedVisibility(new ModuleRef(config, 0));
            case PRIVATE -> new ResolvedVisibility(new ModuleRef(config, module));
            case RESTRICTED -> restricted(module, vis.restrictedTo());
        };
    }

    private ResolvedVisibility restricted(int module, brisk.items.Path path) {
        int target = switch (path.anchor()) {
            case CRATE -> 0;
            case SELF -> module;
            case SUPER -> {
                int m = module;
                for (int i = 0; i < path.superCount() && modules.get(m).parent >= 0; i++) {
                    m = modules.get(m).parent;
                }
                yield m;
            }
            default -> 0;
        };
        for (var seg : path.segments()) {
            Integer child = modules.get(target).children.get(seg.name());
            if (child == null) {
                break;
            }
            target = child;
        }
        return new ResolvedVisibility(new ModuleRef(config, target));
    }

    static String directoryOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }

}
