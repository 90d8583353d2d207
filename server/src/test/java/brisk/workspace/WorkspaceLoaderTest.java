package brisk.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brisk.diagnostics.Diagnostic;
import brisk.diagnostics.Severity;
import brisk.project.CrateGraph;
import brisk.project.CrateGraphBuilder;
import brisk.project.ProjectPaths;
import brisk.project.TargetKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Loads the workspaces under {@code src/test/resources/workspaces}. The expected targets, names and
 * editions are what {@code cargo metadata --offline --format-version 1 --no-deps} reports for them.
 */
class WorkspaceLoaderTest {
    private static final Path WORKSPACES = Path.of("src/test/resources/workspaces");

    private static LoadedWorkspace.Loaded load(Path path) {
        return assertInstanceOf(LoadedWorkspace.Loaded.class, WorkspaceLoader.load(path));
    }

    private static List<String> summary(CrateGraph graph) {
        return graph.crates().stream().map(c -> c.kind() + " " + c.name() + " " + c.rootFile() + " " + c.edition()
                + " " + c.deps().stream().map(d -> d.externName() + "#" + d.crate().index()).toList()).toList();
    }

    private static List<String> messages(LoadedWorkspace.Loaded ws) {
        return ws.diagnostics().stream().map(Diagnostic::message).toList();
    }

    @Test
    void workspaceWithGlobsAndExclude() {
        var ws = load(WORKSPACES.resolve("globs"));
        assertEquals(List.of(), ws.diagnostics());
        assertEquals(WORKSPACES.resolve("globs").toAbsolutePath().normalize(), ws.root());
        assertEquals(List.of("", "crates/alpha", "crates/beta-utils", "tools/cli"), List.copyOf(ws.manifests().keySet()));
        assertEquals(List.of("crates/alpha", "crates/beta-utils", "tools/cli"), List.copyOf(ws.members()));
        assertEquals(List.of(
                "LIB alpha crates/alpha/src/lib.rs 2021 []",
                "TEST one crates/alpha/tests/one.rs 2021 [alpha#0]",
                "LIB beta_utils crates/beta-utils/src/lib.rs 2018 [alpha#0]",
                "BIN cli tools/cli/src/main.rs 2024 [beta_utils#2]"), summary(ws.graph()));
        assertEquals(List.of("crates/alpha/src/lib.rs", "crates/alpha/tests/one.rs", "crates/beta-utils/src/lib.rs",
                "tools/cli/src/main.rs"), List.copyOf(ws.files().keySet()), "the excluded package is not loaded");
        assertEquals("pub fn one() -> i32 {\n    1\n}\n", ws.files().get("crates/alpha/src/lib.rs"));
    }

    @Test
    void packageWithAutoTargets() {
        var ws = load(WORKSPACES.resolve("targets"));
        assertEquals(List.of(), ws.diagnostics());
        assertEquals(List.of(
                "LIB multi_target src/lib.rs 2021 []",
                "BIN multi_target src/main.rs 2021 [multi_target#0]",
                "BIN server src/bin/server/main.rs 2021 [multi_target#0]",
                "BIN tool src/bin/tool.rs 2021 [multi_target#0]",
                "TEST smoke tests/smoke.rs 2021 [multi_target#0]",
                "TEST standalone tests/standalone.rs 2021 [multi_target#0]"), summary(ws.graph()));
        assertEquals(List.of(true, true, true, true, true, false),
                ws.graph().crates().stream().map(c -> c.harness()).toList());
        assertEquals(List.of("examples/demo.rs", "src/bin/server/helper.rs", "src/bin/server/main.rs",
                "src/bin/tool.rs", "src/lib.rs", "src/main.rs", "src/util.rs", "tests/common/mod.rs", "tests/smoke.rs",
                "tests/standalone.rs"), List.copyOf(ws.files().keySet()), "hidden directories are skipped");
        assertEquals(List.of(""), List.copyOf(ws.members()));
    }

    @Test
    void manifestPathLoadsTheSameAsItsDirectory() {
        assertEquals(load(WORKSPACES.resolve("targets")), load(WORKSPACES.resolve("targets/Cargo.toml")));
    }

    @Test
    void pathDependenciesOutsideThePackageAreLoaded() {
        var ws = load(WORKSPACES.resolve("dashdep/app"));
        assertEquals(List.of(), ws.diagnostics());
        assertEquals(WORKSPACES.resolve("dashdep").toAbsolutePath().normalize(), ws.root(),
                "root is the common ancestor of the package and its path dependencies");
        assertEquals(List.of("app"), List.copyOf(ws.members()));
        assertEquals(List.of(
                "BIN app app/src/main.rs 2021 [my_util#1, renamed#2]",
                "LIB my_util my-util/src/lib.rs 2021 []",
                "LIB otherlib other-lib/src/lib.rs 2021 []"), summary(ws.graph()));
    }

    @Test
    void registryDependencyIsAnError() {
        var ws = load(WORKSPACES.resolve("registry"));
        assertEquals(List.of("brisk has no registry access: dependency `serde = \"1\"` of package `foo` cannot be "
                + "fetched (only path dependencies are supported)"), messages(ws));
        assertEquals(Severity.ERROR, ws.diagnostics().get(0).severity());
        assertEquals(List.of("BIN foo src/main.rs 2021 []"), summary(ws.graph()));
    }

    @Test
    void singleRustFile() {
        var ws = load(WORKSPACES.resolve("single/hello-world.rs"));
        assertEquals(List.of(), ws.diagnostics());
        assertEquals(WORKSPACES.resolve("single").toAbsolutePath().normalize(), ws.root());
        var crate = ws.graph().crates().get(0);
        assertEquals(1, ws.graph().size());
        assertEquals("hello_world", crate.name());
        assertEquals(TargetKind.BIN, crate.kind());
        assertEquals("hello-world.rs", crate.rootFile());
        assertEquals("", crate.packageDir());
        assertEquals(List.of("hello-world.rs"), List.copyOf(ws.files().keySet()));
    }

    @Test
    void usageErrors(@TempDir Path tmp) throws IOException {
        assertInstanceOf(LoadedWorkspace.UsageError.class, WorkspaceLoader.load(tmp.resolve("missing")));
        var noManifest = assertInstanceOf(LoadedWorkspace.UsageError.class, WorkspaceLoader.load(tmp));
        assertTrue(noManifest.message().contains("could not find `Cargo.toml`"), noManifest.message());
        Path text = Files.writeString(tmp.resolve("notes.txt"), "hi");
        assertInstanceOf(LoadedWorkspace.UsageError.class, WorkspaceLoader.load(text));
    }

    @Test
    void invalidUtf8IsReplacedWithAWarning(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("Cargo.toml"), "[package]\nname = \"p\"\nedition = \"2021\"\n");
        Files.createDirectories(tmp.resolve("src"));
        Files.write(tmp.resolve("src/main.rs"), new byte[] {'/', '/', ' ', (byte) 0xff, '\n'});
        var ws = load(tmp);
        assertEquals(List.of("`src/main.rs` is not valid UTF-8; invalid bytes were replaced with U+FFFD"), messages(ws));
        assertEquals(Severity.WARNING, ws.diagnostics().get(0).severity());
        assertEquals("// \uFFFD\n", ws.files().get("src/main.rs"));
    }

    @Test
    void targetDirectoriesAreSkippedAndMissingMembersReported(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("Cargo.toml"), "[workspace]\nmembers = [\"crates/*\"]\n");
        Files.createDirectories(tmp.resolve("crates/a/src/target"));
        Files.createDirectories(tmp.resolve("crates/notes"));
        Files.writeString(tmp.resolve("crates/a/Cargo.toml"), "[package]\nname = \"a\"\n");
        Files.writeString(tmp.resolve("crates/a/src/lib.rs"), "");
        Files.writeString(tmp.resolve("crates/a/src/target/gen.rs"), "");
        var ws = load(tmp);
        assertEquals(List.of("crates/a/src/lib.rs"), List.copyOf(ws.files().keySet()));
        assertEquals(1, ws.diagnostics().size());
        assertTrue(messages(ws).get(0).startsWith("failed to load manifest for workspace member `"), messages(ws)::toString);
    }

    @Test
    void workspaceInheritanceFromAnEnclosingWorkspace(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("Cargo.toml"), """
                [workspace]
                members = ["app", "util"]
                [workspace.package]
                edition = "2021"
                [workspace.dependencies]
                util = { path = "util" }
                """);
        Files.createDirectories(tmp.resolve("app/src"));
        Files.createDirectories(tmp.resolve("util/src"));
        Files.writeString(tmp.resolve("app/Cargo.toml"),
                "[package]\nname = \"app\"\nedition.workspace = true\n[dependencies]\nutil.workspace = true\n");
        Files.writeString(tmp.resolve("app/src/main.rs"), "fn main() {}\n");
        Files.writeString(tmp.resolve("util/Cargo.toml"), "[package]\nname = \"util\"\nedition.workspace = true\n");
        Files.writeString(tmp.resolve("util/src/lib.rs"), "");
        var ws = load(tmp.resolve("app"));
        assertEquals(List.of(), ws.diagnostics());
        assertEquals(List.of("BIN app app/src/main.rs 2021 [util#1]", "LIB util util/src/lib.rs 2021 []"),
                summary(ws.graph()));
        assertEquals(List.of("app"), List.copyOf(ws.members()), "loading one package builds only its targets");
        assertEquals(List.of("", "app", "util"), List.copyOf(ws.manifests().keySet()));
        var whole = load(tmp);
        assertEquals(List.of("app", "util"), List.copyOf(whole.members()));
    }

    @Test
    void pathDependenciesInsideTheWorkspaceAreMembers(@TempDir Path tmp) throws IOException {
        // As `cargo metadata` reports: `inner` is a workspace member although `members` omits it.
        Files.writeString(tmp.resolve("Cargo.toml"), """
                [package]
                name = "root-pkg"
                edition = "2021"
                [workspace]
                members = []
                [dependencies]
                inner = { path = "libs/inner" }
                """);
        Files.createDirectories(tmp.resolve("src"));
        Files.createDirectories(tmp.resolve("libs/inner/src"));
        Files.createDirectories(tmp.resolve("libs/inner/tests"));
        Files.writeString(tmp.resolve("src/main.rs"), "fn main() {}\n");
        Files.writeString(tmp.resolve("libs/inner/Cargo.toml"), "[package]\nname = \"inner\"\n");
        Files.writeString(tmp.resolve("libs/inner/src/lib.rs"), "");
        Files.writeString(tmp.resolve("libs/inner/tests/t.rs"), "");
        var ws = load(tmp);
        assertEquals(List.of(), ws.diagnostics());
        assertEquals(List.of("", "libs/inner"), List.copyOf(ws.members()));
        assertEquals(List.of(
                "LIB inner libs/inner/src/lib.rs 2015 []",
                "TEST t libs/inner/tests/t.rs 2015 [inner#0]",
                "BIN root_pkg src/main.rs 2021 [inner#0]"), summary(ws.graph()));
    }

    /**
     * Every target cargo reports is in the graph, with the same root file and edition, and nothing else:
     * {@code NAME.cargo-targets.txt} is {@code cargo metadata} output for the workspace (see its header).
     */
    @ParameterizedTest
    @ValueSource(strings = {"globs", "targets", "dashdep/app", "registry"})
    void targetsMatchCargoMetadata(String name) throws IOException {
        var expected = new ArrayList<String>();
        for (String line : Files.readAllLines(WORKSPACES.resolve(name.replace('/', '-') + ".cargo-targets.txt"))) {
            if (!line.startsWith("#")) {
                String[] f = line.split(" ");
                expected.add(String.join(" ", f[0], f[1], ProjectPaths.crateName(f[2]), f[3], f[4]));
            }
        }
        var actual = new ArrayList<String>();
        for (var c : load(WORKSPACES.resolve(name)).graph().crates()) {
            actual.add(String.join(" ", c.packageName(), c.kind().name(), c.name(), c.rootFile(), c.edition()));
        }
        expected.sort(null);
        actual.sort(null);
        assertEquals(expected, actual);
    }

    @Test
    void theGraphIsReproducibleFromTheLoadedInputs() {
        for (String name : List.of("globs", "targets", "dashdep/app", "registry")) {
            var ws = load(WORKSPACES.resolve(name));
            var rebuilt = CrateGraphBuilder.build(ws.manifests(), ws.members(), ws.files().keySet());
            assertEquals(ws.graph(), rebuilt.graph(), name);
            assertEquals(ws, load(WORKSPACES.resolve(name)), "loading is deterministic: " + name);
        }
    }
}
