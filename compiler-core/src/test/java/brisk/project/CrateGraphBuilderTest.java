package brisk.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brisk.diagnostics.Diagnostic;
import brisk.diagnostics.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CrateGraphBuilderTest {

    /** A workspace under construction: manifests by package dir, member dirs, and existing files. */
    private final Map<String, Manifest> manifests = new LinkedHashMap<>();
    private final java.util.Set<String> members = new java.util.HashSet<>();
    private final java.util.Set<String> files = new java.util.HashSet<>();

    private void pkg(String dir, String toml, String... packageFiles) {
        manifests.put(dir, Manifest.parse(ProjectPaths.child(dir, "Cargo.toml"), toml));
        members.add(dir);
        for (String f : packageFiles) {
            files.add(ProjectPaths.child(dir, f));
        }
    }

    private CrateGraphBuilder.Result build() {
        for (var m : manifests.values()) {
            assertEquals(List.of(), m.diagnostics(), m.path());
        }
        return CrateGraphBuilder.build(manifests, members, files);
    }

    private static List<String> summary(CrateGraph graph) {
        return graph.crates().stream().map(c -> c.kind() + " " + c.name() + " " + c.rootFile() + " " + c.edition()
                + " " + c.deps().stream().map(d -> d.externName() + "#" + d.crate().index()).toList()).toList();
    }

    private static List<String> messages(CrateGraphBuilder.Result result) {
        return result.diagnostics().stream().map(Diagnostic::message).toList();
    }

    @Test
    void autoTargetsLikeCargo() {
        // Same layout as `cargo metadata` reports: lib multi_target, bins multi-target/server/tool, test smoke.
        pkg("", """
                [package]
                name = "multi-target"
                version = "0.2.0"
                """, "src/lib.rs", "src/main.rs", "src/bin/tool.rs", "src/bin/server/main.rs",
                "src/bin/server/helper.rs", "tests/smoke.rs", "tests/common/mod.rs", "examples/demo.rs");
        var result = build();
        assertEquals(List.of(), result.diagnostics());
        assertEquals(List.of(
                "LIB multi_target src/lib.rs 2015 []",
                "BIN multi_target src/main.rs 2015 [multi_target#0]",
                "BIN server src/bin/server/main.rs 2015 [multi_target#0]",
                "BIN tool src/bin/tool.rs 2015 [multi_target#0]",
                "TEST smoke tests/smoke.rs 2015 [multi_target#0]"), summary(result.graph()));
        var graph = result.graph();
        assertEquals(2, graph.byName("multi_target").size());
        assertEquals("src/lib.rs", graph.libOf("multi-target").orElseThrow().rootFile());
        assertEquals(5, graph.targetsOf("multi-target").size());
    }

    @Test
    void edition2015ExplicitBinsDisableAutoBins() {
        String toml = """
                [package]
                name = "multi-target"
                %s
                [[bin]]
                name = "extra"
                path = "src/extra.rs"

                [[bin]]
                name = "tool"
                """;
        String[] layout = {"src/lib.rs", "src/main.rs", "src/extra.rs", "src/bin/tool.rs", "src/bin/server/main.rs"};
        pkg("", toml.formatted(""), layout);
        assertEquals(List.of("multi_target", "extra", "tool"),
                build().graph().crates().stream().map(CrateData::name).toList());
        pkg("", toml.formatted("edition = \"2018\""), layout);
        assertEquals(List.of("multi_target", "extra", "multi_target", "server", "tool"),
                build().graph().crates().stream().map(CrateData::name).toList());
    }

    @Test
    void explicitLibNameAndPathAndTargetEdition() {
        pkg("", """
                [package]
                name = "p"
                edition = "2021"
                [lib]
                name = "core_of_p"
                path = "lib/root.rs"
                [[test]]
                name = "raw"
                harness = false
                edition = "2024"
                """, "lib/root.rs", "tests/raw.rs");
        var result = build();
        assertEquals(List.of(), result.diagnostics());
        assertEquals(List.of(
                "LIB core_of_p lib/root.rs 2021 []",
                "TEST raw tests/raw.rs 2024 [core_of_p#0]"), summary(result.graph()));
        assertEquals(false, result.graph().crate(new CrateId(1)).harness());
    }

    @Test
    void missingExplicitTargetsAreErrors() {
        pkg("", """
                [package]
                name = "p"
                [lib]
                [[bin]]
                name = "gone"
                """);
        var msgs = messages(build());
        assertTrue(msgs.contains("package `p` (`Cargo.toml`): can't find library `p`, rename file to `src/lib.rs` "
                + "or specify lib.path"), msgs::toString);
        assertTrue(msgs.stream().anyMatch(m -> m.contains("can't find `gone` bin at `src/bin/gone.rs`")), msgs::toString);
        assertTrue(msgs.stream().anyMatch(m -> m.contains("no targets specified")), msgs::toString);
    }

    @Test
    void pathDepsWithDashesRenamesAndDevDeps() {
        pkg("app", """
                [package]
                name = "app"
                edition = "2021"
                [dependencies]
                my-util = { path = "../my-util" }
                renamed = { path = "../other-lib", package = "other-lib" }
                [dev-dependencies]
                test-helper = { path = "../test-helper" }
                """, "src/lib.rs", "src/main.rs", "tests/it.rs");
        pkg("my-util", "[package]\nname = \"my-util\"\nedition = \"2021\"\n", "src/lib.rs");
        pkg("other-lib", "[package]\nname = \"other-lib\"\n[lib]\nname = \"otherlib\"\n", "src/lib.rs");
        pkg("test-helper", "[package]\nname = \"test-helper\"\n", "src/lib.rs");
        var result = build();
        assertEquals(List.of(), result.diagnostics());
        // Matches cargo's `--extern` flags: my_util, renamed (=libotherlib), app for bins and tests.
        assertEquals(List.of(
                "LIB app app/src/lib.rs 2021 [my_util#3, renamed#4]",
                "BIN app app/src/main.rs 2021 [app#0, my_util#3, renamed#4]",
                "TEST it app/tests/it.rs 2021 [app#0, my_util#3, renamed#4, test_helper#5]",
                "LIB my_util my-util/src/lib.rs 2021 []",
                "LIB otherlib other-lib/src/lib.rs 2015 []",
                "LIB test_helper test-helper/src/lib.rs 2015 []"), summary(result.graph()));
    }

    @Test
    void nonMembersContributeOnlyTheirLib() {
        pkg("app", "[package]\nname = \"app\"\n[dependencies]\nlib-b = { path = \"../b\" }\n", "src/main.rs");
        pkg("b", "[package]\nname = \"lib-b\"\n[dependencies]\nregistry-only = \"1\"\n[dev-dependencies]\nx = \"1\"\n",
                "src/lib.rs", "src/main.rs", "tests/t.rs");
        members.remove("b");
        var result = build();
        assertEquals(List.of("BIN app app/src/main.rs 2015 [lib_b#1]", "LIB lib_b b/src/lib.rs 2015 []"),
                summary(result.graph()));
        assertEquals(List.of("brisk has no registry access: dependency `registry-only = \"1\"` of package `lib-b` "
                + "cannot be fetched (only path dependencies are supported)"), messages(result),
                "dev-dependencies of non-members are not resolved");
    }

    @Test
    void registryAndGitDependenciesAreErrors() {
        pkg("", """
                [package]
                name = "foo"
                [dependencies]
                serde = "1"
                remote = { git = "https://example.com/r.git" }
                """, "src/main.rs");
        var result = build();
        assertEquals(List.of(
                "brisk has no git access: dependency `remote = { git = \"https://example.com/r.git\" }` of package "
                        + "`foo` cannot be fetched (only path dependencies are supported)",
                "brisk has no registry access: dependency `serde = \"1\"` of package `foo` cannot be fetched "
                        + "(only path dependencies are supported)"), messages(result));
        assertTrue(result.diagnostics().stream().allMatch(d -> d.severity() == Severity.ERROR));
        assertEquals(1, result.graph().size(), "the crate is still in the graph");
    }

    @Test
    void missingPathDependencyAndWrongPackageName() {
        pkg("a", "[package]\nname = \"a\"\n[dependencies]\nnope = { path = \"../nope\" }\nb = { path = \"../c\" }\n",
                "src/lib.rs");
        pkg("c", "[package]\nname = \"c\"\n", "src/lib.rs");
        assertEquals(List.of(
                "no matching package named `b` found at `../c` (dependency of package `a`); the package there is `c`",
                "failed to load path dependency `nope` of package `a`: no package manifest at `../nope/Cargo.toml`"),
                messages(build()));
    }

    @Test
    void dependencyWithoutLibIsIgnoredWithAWarning() {
        pkg("a", "[package]\nname = \"a\"\n[dependencies]\nbinonly = { path = \"../binonly\" }\n", "src/main.rs");
        pkg("binonly", "[package]\nname = \"binonly\"\n", "src/main.rs");
        var result = build();
        assertEquals(List.of("package `a` ignoring invalid dependency `binonly` which is missing a lib target"),
                messages(result));
        assertEquals(Severity.WARNING, result.diagnostics().get(0).severity());
        assertEquals(List.of(), result.graph().crate(new CrateId(0)).deps());
    }

    @Test
    void cyclesAreReportedAndBroken() {
        pkg("a", "[package]\nname = \"a\"\n[dependencies]\nb = { path = \"../b\" }\n", "src/lib.rs");
        pkg("b", "[package]\nname = \"b\"\n[dependencies]\nc = { path = \"../c\" }\n", "src/lib.rs");
        pkg("c", "[package]\nname = \"c\"\n[dependencies]\na = { path = \"../a\" }\n", "src/lib.rs");
        var result = build();
        assertEquals(List.of("cyclic package dependency: package `a` depends on itself. Cycle: `a` -> `b` -> `c` -> `a`"),
                messages(result));
        assertEquals(List.of("LIB a a/src/lib.rs 2015 [b#1]", "LIB b b/src/lib.rs 2015 [c#2]",
                "LIB c c/src/lib.rs 2015 []"), summary(result.graph()));
    }

    @Test
    void devDependencyCyclesAreAllowed() {
        pkg("a", "[package]\nname = \"a\"\n[dev-dependencies]\nb = { path = \"../b\" }\n", "src/lib.rs", "tests/t.rs");
        pkg("b", "[package]\nname = \"b\"\n[dependencies]\na = { path = \"../a\" }\n", "src/lib.rs");
        var result = build();
        assertEquals(List.of(), result.diagnostics());
        assertEquals(List.of("LIB a a/src/lib.rs 2015 []", "TEST t a/tests/t.rs 2015 [a#0, b#2]",
                "LIB b b/src/lib.rs 2015 [a#0]"), summary(result.graph()));
    }

    @Test
    void workspaceInheritance() {
        pkg("", """
                [workspace]
                members = ["crates/*"]
                [workspace.package]
                edition = "2021"
                [workspace.dependencies]
                alpha = { path = "crates/alpha", features = ["x"] }
                """);
        members.remove("");
        pkg("crates/alpha", """
                [package]
                name = "alpha"
                edition.workspace = true
                [features]
                x = []
                y = []
                """, "src/lib.rs");
        pkg("crates/beta", """
                [package]
                name = "beta"
                edition.workspace = true
                [dependencies]
                alpha = { workspace = true, features = ["y"] }
                """, "src/lib.rs");
        var result = build();
        assertEquals(List.of(), result.diagnostics());
        assertEquals(List.of("LIB alpha crates/alpha/src/lib.rs 2021 []",
                "LIB beta crates/beta/src/lib.rs 2021 [alpha#0]"), summary(result.graph()));
        assertEquals(List.of("x", "y"), result.graph().crate(new CrateId(0)).features());
    }

    @Test
    void featureUnificationAndOptionalDependencies() {
        pkg("app", """
                [package]
                name = "app"
                [features]
                default = ["fast"]
                fast = ["engine/simd", "dep:extra"]
                [dependencies]
                engine = { path = "../engine", default-features = false }
                extra = { path = "../extra", optional = true }
                unused = { path = "../unused", optional = true }
                """, "src/main.rs");
        pkg("engine", """
                [package]
                name = "engine"
                [features]
                default = ["std"]
                std = []
                simd = ["log?/verbose"]
                [dependencies]
                log = { path = "../log", optional = true }
                """, "src/lib.rs");
        pkg("extra", "[package]\nname = \"extra\"\n", "src/lib.rs");
        pkg("log", "[package]\nname = \"log\"\n[features]\nverbose = []\n", "src/lib.rs");
        pkg("unused", "[package]\nname = \"unused\"\n[dependencies]\nserde = \"1\"\n", "src/lib.rs");
        members.retainAll(Set.of("app"));
        var result = build();
        assertEquals(List.of(), result.diagnostics(), "the unused optional dep's registry dep is never resolved");
        var graph = result.graph();
        assertEquals(List.of("default", "fast"), graph.byName("app").get(0).features());
        assertEquals(List.of("simd"), graph.libOf("engine").orElseThrow().features(), "default-features = false");
        assertTrue(graph.libOf("log").isEmpty(), "weak feature `log?/verbose` does not enable log");
        assertTrue(graph.libOf("unused").isEmpty(), "packages no active edge reaches are not built");
        assertEquals(List.of("engine", "extra"),
                graph.byName("app").get(0).deps().stream().map(Dependency::externName).toList());
    }

    @Test
    void targetsWithRequiredFeaturesNeedThem() {
        pkg("", """
                [package]
                name = "p"
                edition = "2021"
                [features]
                default = ["on"]
                on = []
                off = []
                [[bin]]
                name = "needs-on"
                required-features = ["on"]
                [[bin]]
                name = "needs-off"
                required-features = ["off"]
                """, "src/bin/needs-on.rs", "src/bin/needs-off.rs");
        assertEquals(List.of("BIN needs_on src/bin/needs-on.rs 2021 []"), summary(build().graph()));
    }

    @Test
    void weakFeatureOfAnEnabledDependency() {
        pkg("a", """
                [package]
                name = "a"
                [features]
                default = ["verbose", "log"]
                verbose = ["log?/loud"]
                [dependencies]
                log = { path = "../log", optional = true }
                """, "src/lib.rs");
        pkg("log", "[package]\nname = \"log\"\n[features]\nloud = []\n", "src/lib.rs");
        members.remove("log");
        var graph = build().graph();
        assertEquals(List.of("default", "log", "verbose"), graph.libOf("a").orElseThrow().features());
        assertEquals(List.of("loud"), graph.libOf("log").orElseThrow().features());
    }

    @Test
    void unknownFeatureIsAnError() {
        pkg("a", "[package]\nname = \"a\"\n[dependencies]\nb = { path = \"../b\", features = [\"nope\"] }\n",
                "src/lib.rs");
        pkg("b", "[package]\nname = \"b\"\n", "src/lib.rs");
        assertEquals(List.of("package `b` does not have feature `nope` (requested by dependency `b`)"),
                messages(build()));
    }

    @Test
    void buildScriptsAndProcMacrosAreUnsupported() {
        pkg("", "[package]\nname = \"p\"\n[lib]\nproc-macro = true\n", "src/lib.rs", "build.rs");
        var msgs = messages(build());
        assertTrue(msgs.stream().anyMatch(m -> m.contains("proc-macro")), msgs::toString);
        assertTrue(msgs.stream().anyMatch(m -> m.contains("package `p` has a build script (`build.rs`)")),
                msgs::toString);
    }

    @Test
    void duplicatePackageNamesAreAnError() {
        pkg("a", "[package]\nname = \"same\"\n", "src/lib.rs");
        pkg("b", "[package]\nname = \"same\"\n", "src/lib.rs");
        assertEquals(List.of("two packages named `same` in this workspace: `a/Cargo.toml` and `b/Cargo.toml`"),
                messages(build()));
    }

    @Test
    void buildingIsDeterministic() {
        pkg("z", "[package]\nname = \"z\"\n[dependencies]\na = { path = \"../a\" }\n", "src/lib.rs", "src/bin/b.rs",
                "src/bin/a.rs");
        pkg("a", "[package]\nname = \"a\"\n", "src/lib.rs");
        var first = build();
        assertEquals(first, build());
        assertEquals(List.of("LIB a a/src/lib.rs 2015 []", "LIB z z/src/lib.rs 2015 [a#0]",
                "BIN a z/src/bin/a.rs 2015 [a#0, z#1]", "BIN b z/src/bin/b.rs 2015 [a#0, z#1]"),
                summary(first.graph()));
    }
}
