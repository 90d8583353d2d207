package brisk.resolve;

import brisk.base.TextRange;
import brisk.db.QueryContext;
import brisk.diagnostics.Diagnostic;
import brisk.diagnostics.Span;
import brisk.items.Generics;
import brisk.items.Item;
import brisk.items.ItemDiagnostic;
import brisk.items.ItemQueries;
import brisk.items.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Resolves the paths written inside one item (its signature or its body) against its module's
 * scope, its own and its container's generic parameters and {@code Self}, reporting what does
 * not resolve with rustc's codes (E0425, E0433, E0603). Every failure is reported once, at the
 * segment that failed, and yields {@link Def.Error} so later phases stay quiet.
 */
public final class ItemScope {
    private final QueryContext ctx;
    private final BodyOwner owner;
    private final DefMap defMap;
    private final PathWalker walker;
    private final ModuleScopes scopes;
    private final Set<String> genericParams = new HashSet<>();
    private final boolean hasSelfType;
    private final boolean inBody;
    private final List<ItemDiagnostic> out;

    /**
     * A scope for the paths written in {@code owner}; failures are appended to {@code out} with
     * spans relative to the item start, or to the body start when {@code inBody}.
     */
    public ItemScope(QueryContext ctx, BodyOwner owner, boolean inBody, List<ItemDiagnostic> out) {
        this.ctx = ctx;
        this.owner = owner;
        this.inBody = inBody;
        this.out = out;
        this.defMap = ctx.get(ResolveQueries.DEF_MAP, owner.crate());
        this.scopes = ModuleScopes.finished(ctx, defMap);
        this.walker = new PathWalker(scopes, owner.crate(), defMap.externPrelude(), defMap.stdPrelude());
        var tree = ctx.get(ItemQueries.ITEM_TREE, owner.item().file());
        var item = tree.item(owner.item().index());
        addGenerics(genericsOf(item));
        boolean selfType = item instanceof Item.Impl || item instanceof Item.Trait;
        if (owner.container() != null) {
            addGenerics(genericsOf(tree.item(owner.container().index())));
            selfType = true;
        }
        this.hasSelfType = selfType;
    }

    private static Generics genericsOf(Item item) {
        return switch (item) {
            case Item.Fn f -> f.generics();
            case Item.Struct s -> s.generics();
            case Item.Union u -> u.generics();
            case Item.Enum e -> e.generics();
            case Item.Trait t -> t.generics();
            case Item.Impl i -> i.generics();
            case Item.TypeAlias t -> t.generics();
            default -> Generics.NONE;
        };
    }

    private void addGenerics(Generics generics) {
        for (var p : generics.params()) {
            genericParams.add(p.name());
        }
    }

    /** Resolves a path in type position ({@code kindWord} "type", or "trait" for bounds). */
    public Def resolveType(Path path, String kindWord) {
        if (path.anchor() == Path.Anchor.PLAIN && !path.segments().isEmpty()) {
            String first = path.segments().getFirst().name();
            if (genericParams.contains(first) || (first.equals("Self") && hasSelfType)) {
                return new Def.Error();
            }
        }
        return resolve(path, Namespace.TYPES, kindWord, "E0425");
    }

    /** Resolves a path in value position ({@code kindWord} "value", "function", ...). */
    public Def resolveValue(Path path, String kindWord) {
        if (path.anchor() == Path.Anchor.PLAIN && path.segments().size() > 1) {
            String first = path.segments().getFirst().name();
            if (genericParams.contains(first) || (first.equals("Self") && hasSelfType)) {
                return new Def.Error();
            }
        }
        if (path.isSingleName() && path.lastName().equals("Self") && hasSelfType) {
            return new Def.Error();
        }
        return resolve(path, Namespace.VALUES, kindWord, "E0425");
    }

    /** Resolves the path of a struct literal or record pattern ({@code Foo { .. }}). */
    public Def resolveStructPath(Path path) {
        if (isSelfOrGeneric(path)) {
            return new Def.Error();
        }
        return resolve(path, Namespace.TYPES, "struct, variant or union type", "E0422");
    }

    /** Resolves the path of a tuple-struct, unit or path pattern ({@code Some(x)}, {@code None}). */
    public Def resolvePattern(Path path, String kindWord) {
        if (isSelfOrGeneric(path)) {
            return new Def.Error();
        }
        return resolve(path, Namespace.VALUES, kindWord, "E0531");
    }

    /**
     * Whether a lone identifier in a pattern names a unit struct, unit variant or constant in scope
     * (then it matches against it) rather than introducing a binding.
     */
    public boolean isUnitLike(String name) {
        var path = new Path(Path.Anchor.PLAIN, 0, List.of(new Path.Segment(name, List.of(), TextRange.at(0))),
                TextRange.at(0));
        if (walker.resolve(owner.module(), path, false) instanceof PathResolution.Found found) {
            var value = found.perNs().get(Namespace.VALUES);
            return value != null && switch (value.def()) {
                case Def.Variant v -> true;
                case Def.Item item -> item.kind() == Def.DefKind.STRUCT || item.kind() == Def.DefKind.CONST
                        || item.kind() == Def.DefKind.STATIC;
                default -> false;
            };
        }
        return false;
    }

    private boolean isSelfOrGeneric(Path path) {
        if (path.anchor() != Path.Anchor.PLAIN || path.segments().isEmpty()) {
            return false;
        }
        String first = path.segments().getFirst().name();
        return genericParams.contains(first) || (first.equals("Self") && hasSelfType);
    }

    /** Resolves a macro name: the crate's own {@code macro_rules!} or one of std's. */
    public Def resolveMacro(Path path) {
        var found = walker.resolve(owner.module(), path, false);
        if (found instanceof PathResolution.Found f && f.perNs().containsKey(Namespace.MACROS)) {
            return f.perNs().get(Namespace.MACROS).def();
        }
        if (path.isSingleName() && stdMacro(path.lastName())) {
            return new Def.Error();
        }
        report(Diagnostic.error(null, "cannot find macro `" + path.lastName() + "` in this scope",
                span(path.segments().getLast().range()), null));
        return new Def.Error();
    }

    private boolean stdMacro(String name) {
        var std = defMap.externPrelude().get("std");
        if (std == null) {
            return defMap.module(0).scope().get(Namespace.MACROS, name) != null;
        }
        return scopes.scope(new ModuleRef(std, 0), Namespace.MACROS).containsKey(name);
    }

    /** {@code notFoundCode}: rustc's code when a lone name is not found (E0425, or E0422/E0531 in patterns). */
    private Def resolve(Path path, Namespace ns, String kindWord, String notFoundCode) {
        if (path.segments().isEmpty() || path.segments().stream().anyMatch(Path.Segment::isPlaceholder)) {
            return new Def.Error();
        }
        var resolution = walker.resolve(owner.module(), path, false);
        switch (resolution) {
            case PathResolution.Failed failed -> {
                reportFailure(path, failed, kindWord, notFoundCode);
                return new Def.Error();
            }
            case PathResolution.Found found -> {
                if (!checkPrivacy(path, found)) {
                    return new Def.Error();
                }
                if (found.resolvedSegments() < path.segments().size()) {
                    var type = found.perNs().get(Namespace.TYPES);
                    return type != null ? type.def() : new Def.Error();
                }
                var binding = found.perNs().get(ns);
                if (binding == null) {
                    binding = found.perNs().values().iterator().next();
                }
                return binding.def();
            }
        }
    }

    private boolean checkPrivacy(Path path, PathResolution.Found found) {
        var from = new ModuleRef(owner.crate(), owner.module());
        int offset = path.anchor() == Path.Anchor.GLOBAL ? 1 : 0;
        for (int i = 0; i < found.trail().size(); i++) {
            var binding = found.trail().get(i);
            if (!scopes.isVisible(binding.visibility(), from)) {
                privacyError(path.segments().get(offset + i), binding);
                return false;
            }
        }
        if (found.resolvedSegments() == path.segments().size() && path.segments().size() > 1) {
            for (var binding : found.perNs().values()) {
                if (scopes.isVisible(binding.visibility(), from)) {
                    return true;
                }
            }
            privacyError(path.segments().getLast(), found.perNs().values().iterator().next());
            return false;
        }
        return true;
    }

    private void privacyError(Path.Segment segment, Binding binding) {
        String kind = Describe.kindOf(binding.def());
        var error = new ItemDiagnostic(owner.item(), inBody, Diagnostic.error("E0603",
                kind + " `" + segment.name() + "` is private", span(segment.range()), "private " + kind));
        var definition = definitionOf(binding.def());
        out.add(definition == null ? error : error.withDefSpan(new ItemDiagnostic.DefSpanRef(definition,
                "the " + kind + " `" + segment.name() + "` is defined here", true)));
    }

    /** Where a definition of this crate is declared (for "defined here" notes); null elsewhere. */
    private brisk.items.ItemLoc definitionOf(Def def) {
        return switch (def) {
            case Def.Item item when item.crate().equals(owner.crate()) -> item.loc();
            case Def.Module m when m.module().crate().equals(owner.crate()) ->
                    defMap.module(m.module().module()).declaration();
            default -> null;
        };
    }

    private void reportFailure(Path path, PathResolution.Failed failed, String kindWord, String notFoundCode) {
        var segment = path.segments().get(Math.min(failed.segment(), path.segments().size() - 1));
        String name = segment.name();
        boolean last = failed.segment() >= path.segments().size() - 1;
        if (path.segments().size() == 1 && path.anchor() == Path.Anchor.PLAIN) {
            var ns = kindWord.equals("type") || kindWord.equals("trait") || notFoundCode.equals("E0422")
                    ? Namespace.TYPES : Namespace.VALUES;
            reportWithTypo(Diagnostic.error(notFoundCode, "cannot find " + kindWord + " `" + name + "` in this scope",
                    span(segment.range()), "not found in this scope"), segment, ns, null, true);
        } else if (failed.segment() == 0 && path.anchor() == Path.Anchor.PLAIN) {
            boolean looksLikeType = Character.isUpperCase(name.charAt(0));
            reportWithTypo(looksLikeType
                    ? Diagnostic.error("E0433", "cannot find type `" + name + "` in this scope",
                            span(segment.range()), "use of undeclared type `" + name + "`")
                    : Diagnostic.error("E0433", "cannot find module or crate `" + name + "` in this scope",
                            span(segment.range()), "use of unresolved module or unlinked crate `" + name + "`"),
                    segment, Namespace.TYPES, null, false);
        } else if (last) {
            String container = failed.segment() > 0 ? path.segments().get(failed.segment() - 1).name() : "crate";
            var ns = kindWord.equals("type") || kindWord.equals("trait") ? Namespace.TYPES : Namespace.VALUES;
            reportWithTypo(Diagnostic.error("E0425", "cannot find " + kindWord + " `" + name + "` in module `"
                            + container + "`", span(segment.range()), "not found in `" + container + "`"),
                    segment, ns, prefixModule(path, failed.segment()), true);
        } else {
            report(Diagnostic.error("E0433", "cannot find `" + name + "` in `"
                    + (failed.segment() > 0 ? path.segments().get(failed.segment() - 1).name() : "crate") + "`",
                    span(segment.range()), failed.label()));
        }
    }

    /** Names of locals in scope where a body path is being resolved (set by the body resolver). */
    void setLocalNames(java.util.function.Supplier<java.util.Collection<String>> localNames) {
        this.localNames = localNames;
    }

    private java.util.function.Supplier<java.util.Collection<String>> localNames = List::of;

    /** The module the first {@code segments} segments of {@code path} name, or null. */
    private ModuleRef prefixModule(Path path, int segments) {
        if (segments <= 0) {
            return null;
        }
        var prefix = new Path(path.anchor(), path.superCount(), path.segments().subList(0, segments), path.range());
        if (walker.resolve(owner.module(), prefix, false) instanceof PathResolution.Found found
                && found.resolvedSegments() == segments
                && found.perNs().get(Namespace.TYPES) != null
                && found.perNs().get(Namespace.TYPES).def() instanceof Def.Module m) {
            return m.module();
        }
        return null;
    }

    /**
     * Reports {@code error}, adding rustc's typo suggestion when a similar name is in scope (in
     * {@code module} only, when given): the help with the replacement, and where the candidate is
     * defined. {@code dropLabel}: rustc omits "not found in this scope" when it suggests.
     */
    private void reportWithTypo(Diagnostic error, Path.Segment segment, Namespace ns, ModuleRef module,
                                boolean dropLabel) {
        var candidates = new java.util.TreeMap<String, Def>();
        boolean isLocalCandidate = false;
        if (module != null) {
            scopes.scope(module, ns).forEach((n, b) -> candidates.put(n, b.def()));
        } else {
            if (defMap.stdPrelude() != null) {
                scopes.scope(defMap.stdPrelude(), ns).forEach((n, b) -> candidates.put(n, b.def()));
            }
            scopes.scope(new ModuleRef(owner.crate(), owner.module()), ns).forEach((n, b) -> candidates.put(n, b.def()));
            if (ns == Namespace.VALUES) {
                for (String local : localNames.get()) {
                    candidates.put(local, null);
                }
            } else {
                defMap.externPrelude().keySet().forEach(n -> candidates.putIfAbsent(n,
                        new Def.Module(new ModuleRef(defMap.externPrelude().get(n), 0))));
            }
        }
        candidates.remove(segment.name());
        String best = Typos.bestMatch(candidates.keySet(), segment.name());
        if (best == null) {
            report(error);
            return;
        }
        Def def = candidates.get(best);
        String what = def == null ? "local variable" : describe(def, ns);
        boolean isModule = def instanceof Def.Module;
        String help = isModule ? "there is a crate or module with a similar name"
                : "a " + what + " with a similar name exists";
        var suggestion = new brisk.diagnostics.Suggestion(
                List.of(new brisk.diagnostics.SuggestionPart(span(segment.range()), best)),
                brisk.diagnostics.Applicability.MAYBE_INCORRECT, brisk.diagnostics.SuggestionStyle.SHOW_ALWAYS);
        var withHelp = new Diagnostic(error.severity(), error.code(), error.message(), error.primary(),
                dropLabel ? null : error.primaryLabel(), error.secondary(), error.children())
                .withChild(brisk.diagnostics.SubDiagnostic.suggestion(help, suggestion));
        var diagnostic = new ItemDiagnostic(owner.item(), inBody, withHelp);
        var definition = def == null || isModule ? null : definitionOf(def);
        out.add(definition == null ? diagnostic : diagnostic.withDefSpan(new ItemDiagnostic.DefSpanRef(definition,
                "similarly named " + what + " `" + best + "` defined here", false)));
    }

    /** How rustc names a definition in typo help: "function", "unit struct", "tuple variant"... */
    private String describe(Def def, Namespace ns) {
        return switch (def) {
            case Def.Item item when item.kind() == Def.DefKind.STRUCT && ns == Namespace.VALUES ->
                    itemTree(item.loc()).item(item.loc().index()) instanceof brisk.items.Item.Struct st
                            && st.shape() == brisk.items.Item.FieldsShape.UNIT ? "unit struct" : "tuple struct";
            case Def.Variant v -> {
                if (itemTree(v.enumLoc()).item(v.enumLoc().index()) instanceof brisk.items.Item.Enum e
                        && v.index() < e.variants().size()) {
                    yield switch (e.variants().get(v.index()).shape()) {
                        case UNIT -> "unit variant";
                        case TUPLE -> "tuple variant";
                        case NAMED -> "struct variant";
                    };
                }
                yield "variant";
            }
            default -> Describe.kindOf(def);
        };
    }

    private brisk.items.ItemTree itemTree(brisk.items.ItemLoc loc) {
        return ctx.get(ItemQueries.ITEM_TREE, loc.file());
    }

    private Span span(TextRange range) {
        return new Span(owner.item().file(), range);
    }

    private void report(Diagnostic d) {
        out.add(new ItemDiagnostic(owner.item(), inBody, d));
    }
}
