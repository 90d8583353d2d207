package brisk.resolve;

import brisk.items.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Walks a path segment by segment through module scopes (and into enums for variants), the way
 * rustc resolves {@code use} paths and the module prefix of expression and type paths.
 */
final class PathWalker {
    private final ModuleScopes scopes;
    private final CrateConfig self;
    private final Map<String, CrateConfig> externPrelude;
    private final ModuleRef stdPrelude;

    PathWalker(ModuleScopes scopes, CrateConfig self, Map<String, CrateConfig> externPrelude, ModuleRef stdPrelude) {
        this.scopes = scopes;
        this.self = self;
        this.externPrelude = externPrelude;
        this.stdPrelude = stdPrelude;
    }

    /**
     * Resolves {@code path} as seen from {@code module}. In an import the first segment may name
     * an item of the module or a crate; elsewhere it may also come from the std prelude or be a
     * built-in type, and the walk may stop at a type whose associated item comes later.
     */
    PathResolution resolve(int module, Path path, boolean inImport) {
        var from = new ModuleRef(self, module);
        ModuleRef current;
        int first = 0;
        switch (path.anchor()) {
            case CRATE -> current = new ModuleRef(self, 0);
            case SELF -> current = from;
            case SUPER -> {
                int m = module;
                for (int i = 0; i < path.superCount(); i++) {
                    int parent = scopes.parent(new ModuleRef(self, m));
                    if (parent < 0) {
                        return new PathResolution.Failed(0, "there are too many leading `super` keywords", null);
                    }
                    m = parent;
                }
                current = new ModuleRef(self, m);
            }
            case GLOBAL -> {
                if (path.segments().isEmpty()) {
                    return new PathResolution.Failed(0, "expected a path", null);
                }
                String name = path.segments().getFirst().name();
                var crate = externPrelude.get(name);
                if (crate == null) {
                    return new PathResolution.Failed(0, "could not find `" + name + "` in the list of imported crates",
                            null);
                }
                current = new ModuleRef(crate, 0);
                first = 1;
            }
            default -> {
                if (path.segments().isEmpty()) {
                    return new PathResolution.Failed(0, "expected a path", null);
                }
                current = null;
            }
        }
        if (path.segments().size() == first) {
            return found(Namespace.TYPES, new Binding(new Def.Module(current), ResolvedVisibility.PUBLIC, false),
                    first);
        }
        Def def;
        int index = first;
        var trail = new ArrayList<Binding>();
        if (current == null) {
            String name = path.segments().getFirst().name();
            if (path.segments().size() == 1) {
                var all = lookupFirst(from, name, inImport);
                return all.isEmpty() ? firstSegmentFailure(name, inImport, true) : new PathResolution.Found(all, 1, List.of());
            }
            var binding = lookupFirst(from, name, inImport).get(Namespace.TYPES);
            if (binding == null) {
                return firstSegmentFailure(name, inImport, false);
            }
            def = binding.def();
            trail.add(binding);
            index = 1;
        } else {
            def = new Def.Module(current);
        }
        for (; index < path.segments().size(); index++) {
            String name = path.segments().get(index).name();
            boolean last = index == path.segments().size() - 1;
            switch (def) {
                case Def.Module m -> {
                    var perNs = new EnumMap<Namespace, Binding>(Namespace.class);
                    for (var ns : Namespace.values()) {
                        var b = scopes.scope(m.module(), ns).get(name);
                        if (b != null) {
                            perNs.put(ns, b);
                        }
                    }
                    if (last) {
                        return perNs.isEmpty()
                                ? new PathResolution.Failed(index, missingIn(name, path, index, m.module()), null)
                                : new PathResolution.Found(perNs, index + 1, trail);
                    }
                    var next = perNs.get(Namespace.TYPES);
                    if (next == null) {
                        return new PathResolution.Failed(index, "could not find `" + name + "` in "
                                + describeModule(path, index, m.module()), null);
                    }
                    def = next.def();
                    trail.add(next);
                }
                case Def.Item item when item.kind() == Def.DefKind.ENUM -> {
                    var variant = scopes.variants(item).get(Namespace.VALUES).get(name);
                    if (variant == null) {
                        if (inImport) {
                            return new PathResolution.Failed(index, "no `" + name + "` in `"
                                    + path.segments().get(index - 1).name() + "`", null);
                        }
                        return new PathResolution.Found(Map.of(Namespace.TYPES,
                                new Binding(def, ResolvedVisibility.PUBLIC, false)), index, trail);
                    }
                    if (last) {
                        return new PathResolution.Found(Map.of(Namespace.TYPES, variant, Namespace.VALUES, variant),
                                index + 1, trail);
                    }
                    def = variant.def();
                }
                case Def.Error e -> {
                    return new PathResolution.Found(Map.of(Namespace.TYPES, new Binding(e, ResolvedVisibility.PUBLIC,
                            false), Namespace.VALUES, new Binding(e, ResolvedVisibility.PUBLIC, false)),
                            path.segments().size(), trail);
                }
                default -> {
                    if (inImport) {
                        return new PathResolution.Failed(index, "`" + path.segments().get(index - 1).name()
                                + "` is not a module", null);
                    }
                    return new PathResolution.Found(Map.of(Namespace.TYPES,
                            new Binding(def, ResolvedVisibility.PUBLIC, false)), index, trail);
                }
            }
        }
        return found(Namespace.TYPES, new Binding(def, ResolvedVisibility.PUBLIC, false), index);
    }

    private static PathResolution found(Namespace ns, Binding binding, int segments) {
        return new PathResolution.Found(Map.of(ns, binding), segments, List.of());
    }

    /** The first segment of a path: module scope, then crates, then (outside imports) prelude and built-ins. */
    private Map<Namespace, Binding> lookupFirst(ModuleRef from, String name, boolean inImport) {
        var perNs = new EnumMap<Namespace, Binding>(Namespace.class);
        for (var ns : Namespace.values()) {
            var b = scopes.scope(from, ns).get(name);
            if (b != null) {
                perNs.put(ns, b);
            }
        }
        if (!perNs.containsKey(Namespace.TYPES)) {
            var crate = externPrelude.get(name);
            if (crate != null) {
                perNs.put(Namespace.TYPES, new Binding(new Def.Module(new ModuleRef(crate, 0)),
                        ResolvedVisibility.PUBLIC, false));
            }
        }
        if (inImport) {
            return perNs;
        }
        if (stdPrelude != null) {
            for (var ns : Namespace.values()) {
                if (!perNs.containsKey(ns)) {
                    var b = scopes.scope(stdPrelude, ns).get(name);
                    if (b != null) {
                        perNs.put(ns, b);
                    }
                }
            }
        }
        if (!perNs.containsKey(Namespace.TYPES) && BuiltinTypes.isBuiltin(name)) {
            perNs.put(Namespace.TYPES, new Binding(new Def.BuiltinType(name), ResolvedVisibility.PUBLIC, false));
        }
        return perNs;
    }

    private PathResolution firstSegmentFailure(String name, boolean inImport, boolean wholePath) {
        if (inImport || !wholePath) {
            return new PathResolution.Failed(0, "use of unresolved module or unlinked crate `" + name + "`",
                    inImport ? "you might be missing a crate named `" + name + "`" : null);
        }
        return new PathResolution.Failed(0, "not found in this scope", null);
    }

    private static String missingIn(String name, Path path, int index, ModuleRef module) {
        if (index == 0 && module.module() == 0 && path.anchor() == Path.Anchor.CRATE) {
            return "no `" + name + "` in the root";
        }
        return "no `" + name + "` in `" + containerName(path, index, module) + "`";
    }

    private static String describeModule(Path path, int index, ModuleRef module) {
        if (index == 0 && module.module() == 0 && path.anchor() == Path.Anchor.CRATE) {
            return "the crate root";
        }
        return "`" + containerName(path, index, module) + "`";
    }

    private static String containerName(Path path, int index, ModuleRef module) {
        if (index > 0) {
            return path.segments().get(index - 1).name();
        }
        return switch (path.anchor()) {
            case CRATE -> "crate";
            case SELF -> "self";
            case SUPER -> "super";
            default -> "";
        };
    }
}
