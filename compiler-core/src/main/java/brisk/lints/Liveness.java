package brisk.lints;

import brisk.base.TextRange;
import brisk.diagnostics.Applicability;
import brisk.diagnostics.Diagnostic;
import brisk.diagnostics.Label;
import brisk.diagnostics.Severity;
import brisk.diagnostics.SubDiagnostic;
import brisk.items.Item;
import brisk.items.ItemDiagnostic;
import brisk.items.Nodes;
import brisk.items.SyntaxKinds;
import brisk.resolve.BodyResolution;
import brisk.resolve.ItemScope;
import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import brisk.syntax.SyntaxToken;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Liveness lints and the mutability errors of borrowck that need no types, from the body's
 * syntax and its resolved paths: {@code unused_variables}, {@code unused_assignments} and
 * {@code unused_mut} for variables never read, E0384 (assigning to an immutable binding) and E0596
 * ({@code &mut x} of an immutable local).
 *
 * <p>No false positives is the rule, so every doubt counts as a use: a name that appears in any
 * macro's tokens or format string, a compound assignment, a destructuring assignment. Bindings in
 * or-patterns, {@code ref} and {@code @} bindings, names starting with an upper-case letter and
 * bindings in dead code are never reported. A parameter's diagnostics point into the signature,
 * so they are item-relative: body ranges move by {@code bodyOffset}.
 */
final class Liveness {
    /** One variable: a body pattern ({@code node} set) or a parameter. */
    private record Site(String name, TextRange pattern, TextRange nameRange, boolean mutable, boolean param,
                        SyntaxNode node, boolean shorthandField, boolean initialized) {}

    private final SyntaxNode body;
    /** Every node of the body, in preorder. */
    private final List<SyntaxNode> nodes;
    private final int bodyOffset;
    private final Diagnostics diags;
    private final List<ItemDiagnostic> out;
    private final List<Site> sites = new ArrayList<>();
    /** Reads and writes per binding pattern start (body patterns) or parameter name (key {@code -1 - i}). */
    private final Map<Object, List<SyntaxNode>> reads = new HashMap<>();
    private final Map<Object, List<SyntaxNode>> writes = new HashMap<>();
    private final Set<String> macroNames = new HashSet<>();
    /** Only asked whether an unused-looking lone name is a unit struct or constant: built lazily. */
    private java.util.function.Supplier<ItemScope> scope;

    private Liveness(SyntaxNode body, List<SyntaxNode> nodes, int bodyOffset, Diagnostics diags,
                     List<ItemDiagnostic> out) {
        this.body = body;
        this.nodes = nodes;
        this.bodyOffset = bodyOffset;
        this.diags = diags;
        this.out = out;
    }

    static void check(SyntaxNode body, List<SyntaxNode> nodes, Item.Fn fn, BodyResolution resolution, int bodyOffset,
                      java.util.function.Supplier<ItemScope> scope,
                      Set<SyntaxNode> dead, Diagnostics diags, List<ItemDiagnostic> out) {
        var l = new Liveness(body, nodes, bodyOffset, diags, out);
        l.scope = scope;
        l.collectSites(fn, dead);
        l.collectMacroNames();
        l.collectReferences(resolution);
        l.report();
    }

    private void collectSites(Item.Fn fn, Set<SyntaxNode> dead) {
        for (var param : fn.params()) {
            for (var b : param.sites()) {
                if (reportable(b.name()) && !b.byRef() && !b.inOrPattern() && !b.withSubpattern()) {
                    sites.add(new Site(b.name(), b.patternRange(), b.nameRange(), b.mutable(), true, null, false, true));
                }
            }
        }
        for (var pat : nodes) {
            if (pat.kind() != SyntaxKind.IDENT_PAT || !inWalkedCode(pat) || isDead(pat, dead)) {
                continue;
            }
            String name = Nodes.name(pat);
            var nameNode = Nodes.child(pat, SyntaxKind.NAME);
            if (name == null || !reportable(name) || Nodes.hasToken(pat, SyntaxKind.REF_KW)
                    || pat.children().size() > 1 || inOrPattern(pat)) {
                continue;
            }
            var parent = pat.parent();
            boolean shorthand = parent.kind() == SyntaxKind.RECORD_PAT_FIELD
                    && Nodes.child(parent, SyntaxKind.NAME_REF) == null;
            boolean initialized = parent.kind() != SyntaxKind.LET_STMT || hasInitializer(parent);
            sites.add(new Site(name, Nodes.significantRange(pat), Nodes.significantRange(nameNode),
                    Nodes.hasToken(pat, SyntaxKind.MUT_KW), false, pat, shorthand, initialized));
        }
    }

    private static boolean reportable(String name) {
        return !name.startsWith("_") && !Character.isUpperCase(name.charAt(0)) && !name.equals("self");
    }

    private static boolean hasInitializer(SyntaxNode let) {
        return Nodes.hasToken(let, SyntaxKind.EQ);
    }

    /** Code the resolver walks: not inside an item nested in the body, except fns declared in blocks. */
    private boolean inWalkedCode(SyntaxNode node) {
        for (var p = node.parent(); p != null && !p.equals(body); p = p.parent()) {
            if (SyntaxKinds.ITEMS.contains(p.kind())
                    && !(p.kind() == SyntaxKind.FN && p.parent() != null && p.parent().kind() == SyntaxKind.STMT_LIST)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDead(SyntaxNode node, Set<SyntaxNode> dead) {
        if (dead.isEmpty()) {
            return false;
        }
        for (var p = node; p != null; p = p.parent()) {
            if (dead.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inOrPattern(SyntaxNode pat) {
        for (var p = pat.parent(); p != null; p = p.parent()) {
            if (p.kind() == SyntaxKind.OR_PAT) {
                return true;
            }
            if (!isPatternKind(p.kind()) && p.kind() != SyntaxKind.RECORD_PAT_FIELD
                    && p.kind() != SyntaxKind.RECORD_PAT_FIELD_LIST) {
                return false;
            }
        }
        return false;
    }

    private static boolean isPatternKind(SyntaxKind kind) {
        return switch (kind) {
            case IDENT_PAT, WILDCARD_PAT, REST_PAT, LITERAL_PAT, RANGE_PAT, TUPLE_PAT, TUPLE_STRUCT_PAT, RECORD_PAT,
                 REF_PAT, SLICE_PAT, OR_PAT, PATH_PAT, PAREN_PAT, MACRO_PAT -> true;
            default -> false;
        };
    }

    /** Every identifier in a macro's tokens, and every name a format string could capture, counts as a use. */
    private void collectMacroNames() {
        for (var tree : nodes) {
            if (tree.kind() != SyntaxKind.TOKEN_TREE) {
                continue;
            }
            for (var t : tree.descendantTokens()) {
                if (t.kind() == SyntaxKind.IDENT) {
                    macroNames.add(t.text().startsWith("r#") ? t.text().substring(2) : t.text());
                } else if (t.kind().name().endsWith("STRING")) {
                    formatNames(t);
                }
            }
        }
    }

    private void formatNames(SyntaxToken token) {
        String s = token.text();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != '{') {
                continue;
            }
            int j = i + 1;
            while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                j++;
            }
            if (j > i + 1) {
                macroNames.add(s.substring(i + 1, j));
            }
        }
    }

    private void collectReferences(BodyResolution resolution) {
        var pathNodes = new HashMap<Integer, SyntaxNode>();
        for (var n : nodes) {
            if (n.kind() == SyntaxKind.PATH_EXPR) {
                pathNodes.put(n.textRange().start(), n);
            }
        }
        var paramIndex = new HashMap<String, Integer>();
        for (int i = 0; i < sites.size(); i++) {
            if (sites.get(i).param()) {
                paramIndex.putIfAbsent(sites.get(i).name(), i);
            }
        }
        for (var p : resolution.paths()) {
            if (p.local() == null) {
                continue;
            }
            Object key;
            if (p.local().isEmpty() && p.local().start() == 0) {
                // ranges are UTF-8 byte offsets: read the name from the tree, not from the String
                var index = paramIndex.get(body.coveringNode(p.range()).text().strip());
                if (index == null) {
                    continue;
                }
                key = -1 - index;
            } else {
                key = p.local().start();
            }
            var expr = pathNodes.get(p.range().start());
            boolean write = expr != null && isAssignee(expr);
            (write ? writes : reads).computeIfAbsent(key, k -> new ArrayList<>()).add(expr);
        }
    }

    /** {@code x = ..} (a plain assignment's left side): a write, not a read. */
    private static boolean isAssignee(SyntaxNode pathExpr) {
        var parent = pathExpr.parent();
        return parent != null && parent.kind() == SyntaxKind.BIN_EXPR && pathExpr.equals(parent.firstChild())
                && (Nodes.hasToken(parent, SyntaxKind.EQ) || compoundOperator(parent));
    }

    private static boolean compoundOperator(SyntaxNode bin) {
        for (var t : bin.childrenWithTokens()) {
            if (t instanceof SyntaxToken tok && tok.kind().name().endsWith("EQ") && tok.kind() != SyntaxKind.EQ
                    && tok.kind() != SyntaxKind.EQ2 && tok.kind() != SyntaxKind.NEQ && tok.kind() != SyntaxKind.LTEQ
                    && tok.kind() != SyntaxKind.GTEQ && tok.kind() != SyntaxKind.DOT2EQ) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCompound(SyntaxNode assignee) {
        return compoundOperator(assignee.parent());
    }

    private void report() {
        for (int i = 0; i < sites.size(); i++) {
            var site = sites.get(i);
            Object key = site.param() ? (Object) (-1 - i) : (Object) site.pattern().start();
            var siteReads = reads.getOrDefault(key, List.of());
            var siteWrites = writes.getOrDefault(key, List.of());
            boolean compound = siteWrites.stream().anyMatch(Liveness::isCompound);
            boolean used = !siteReads.isEmpty() || compound || macroNames.contains(site.name())
                    || siteWrites.stream().anyMatch(w -> crossesClosure(w, site));
            if (!used && (site.param() || !scope.get().isUnitLike(site.name()))) {
                unused(site, siteWrites);
            }
            if (!site.mutable()) {
                immutableWrites(site, siteWrites);
                mutableBorrows(site, siteReads);
            }
        }
    }

    /** A body range as the diagnostic's anchor wants it: item-relative for parameters. */
    private TextRange at(Site site, TextRange bodyRange) {
        return site.param() ? bodyRange.shift(bodyOffset) : bodyRange;
    }

    private ItemDiagnostic anchored(Site site, Diagnostic d) {
        return site.param() ? diags.inItem(d) : diags.inBody(d);
    }

    private void unused(Site site, List<SyntaxNode> siteWrites) {
        String name = site.name();
        if (siteWrites.isEmpty()) {
            var d = Diagnostic.warning(Lint.UNUSED_VARIABLES.lintName(), "unused variable: `" + name + "`",
                    diags.span(site.mutable() ? site.pattern() : site.nameRange()), null);
            d = site.shorthandField()
                    ? d.withChild(diags.suggest("try ignoring the field", site.pattern(), name + ": _",
                            Applicability.MACHINE_APPLICABLE))
                    : d.withChild(diags.suggest("if this is intentional, prefix it with an underscore",
                            site.mutable() ? site.pattern() : site.nameRange(), "_" + name,
                            Applicability.MACHINE_APPLICABLE));
            out.add(anchored(site, d));
            if (site.mutable()) {
                var mutKw = new TextRange(site.pattern().start(), site.nameRange().start());
                var m = Diagnostic.warning(Lint.UNUSED_MUT.lintName(), "variable does not need to be mutable",
                        diags.span(site.pattern()), null)
                        .withChild(diags.suggest("remove this `mut`", mutKw, "", Applicability.MACHINE_APPLICABLE));
                out.add(anchored(site, m));
            }
            return;
        }
        out.add(anchored(site, Diagnostic.warning(Lint.UNUSED_VARIABLES.lintName(),
                "variable `" + name + "` is assigned to, but never used", diags.span(site.pattern()), null)
                .withChild(SubDiagnostic.note("consider using `_" + name + "` instead"))));
        for (var w : siteWrites) {
            var assignment = w.parent();
            out.add(anchored(site, Diagnostic.warning(Lint.UNUSED_ASSIGNMENTS.lintName(),
                    "value assigned to `" + name + "` is never read",
                    diags.span(at(site, Nodes.significantRange(assignment))), null)
                    .withChild(SubDiagnostic.help("maybe it is overwritten before being read?"))));
        }
    }

    /** E0384: assignments to a binding without {@code mut}, outside closures (those are another error). */
    private void immutableWrites(Site site, List<SyntaxNode> siteWrites) {
        var sorted = new ArrayList<>(siteWrites);
        sorted.sort(java.util.Comparator.comparingInt(n -> n.textRange().start()));
        sorted.removeIf(w -> crossesClosure(w, site));
        if (sorted.isEmpty()) {
            return;
        }
        var mutHelp = diags.suggestParts("consider making this binding mutable",
                List.of(TextRange.at(site.nameRange().start())), List.of("mut "), Applicability.MACHINE_APPLICABLE);
        if (site.param()) {
            for (var w : sorted) {
                var assignment = w.parent();
                out.add(diags.inItem(Diagnostic.error("E0384", "cannot assign to immutable argument `" + site.name() + "`",
                        diags.span(Nodes.significantRange(assignment).shift(bodyOffset)),
                        "cannot assign to immutable argument").withChild(mutHelp)));
            }
            return;
        }
        var letStmt = site.node().parent();
        boolean plainLet = letStmt.kind() == SyntaxKind.LET_STMT;
        Label first;
        List<SyntaxNode> errors;
        if (site.initialized()) {
            if (!plainLet) {
                return;
            }
            first = new Label(diags.span(site.nameRange()), "first assignment to `" + site.name() + "`", false);
            errors = sorted;
        } else {
            var firstWrite = sorted.getFirst().parent();
            var stmt = firstWrite.parent();
            if (stmt == null || stmt.kind() != SyntaxKind.EXPR_STMT || !stmt.parent().equals(letStmt.parent())) {
                return;
            }
            first = new Label(diags.span(Nodes.significantRange(firstWrite)),
                    "first assignment to `" + site.name() + "`", false);
            errors = sorted.subList(1, sorted.size());
        }
        for (var w : errors) {
            out.add(diags.inBody(new Diagnostic(Severity.ERROR, "E0384",
                    "cannot assign twice to immutable variable `" + site.name() + "`",
                    diags.span(Nodes.significantRange(w.parent())), "cannot assign twice to immutable variable",
                    List.of(first), List.of(mutHelp))));
        }
    }

    /** E0596: {@code &mut x} of an initialized let binding or parameter declared without {@code mut}. */
    private void mutableBorrows(Site site, List<SyntaxNode> siteReads) {
        if (!site.initialized() || (!site.param() && site.node().parent().kind() != SyntaxKind.LET_STMT)) {
            return;
        }
        for (var r : siteReads) {
            var ref = r == null ? null : r.parent();
            if (ref == null || ref.kind() != SyntaxKind.REF_EXPR || !Nodes.hasToken(ref, SyntaxKind.MUT_KW)
                    || crossesClosure(r, site)) {
                continue;
            }
            var d = Diagnostic.error("E0596", "cannot borrow `" + site.name() + "` as mutable, as it is not declared as mutable",
                    diags.span(at(site, Nodes.significantRange(ref))), "cannot borrow as mutable")
                    .withChild(diags.suggestParts("consider changing this to be mutable",
                            List.of(TextRange.at(site.nameRange().start())), List.of("mut "),
                            Applicability.MACHINE_APPLICABLE));
            out.add(anchored(site, d));
        }
    }

    /** Whether {@code use} sits in a closure the binding is outside of. */
    private static boolean crossesClosure(SyntaxNode use, Site site) {
        if (use == null) {
            return true;
        }
        for (var p = use.parent(); p != null; p = p.parent()) {
            if (p.kind() == SyntaxKind.CLOSURE_EXPR) {
                return site.node() == null || !site.node().ancestors().contains(p);
            }
        }
        return false;
    }
}
