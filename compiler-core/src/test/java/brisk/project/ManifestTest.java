package brisk.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brisk.diagnostics.Diagnostic;
import brisk.diagnostics.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManifestTest {

    @Test
    void packageWithDefaults() {
        var m = Manifest.parse("foo/Cargo.toml", """
                [package]
                name = "foo-bar"
                """);
        assertEquals(List.of(), m.diagnostics());
        assertEquals("foo-bar", m.pkg().name());
        assertEquals("0.0.0", m.pkg().version());
        assertEquals("2015", m.pkg().edition(), "cargo's default edition");
        assertTrue(m.pkg().autolib());
        assertNull(m.pkg().autobins());
        assertNull(m.pkg().defaultRun());
        assertNull(m.lib());
        assertNull(m.workspace());
        assertFalse(m.isVirtual());
    }

    @Test
    void explicitTargets() {
        var m = Manifest.parse("Cargo.toml", """
                [package]
                name = "multi"
                version = "1.2.3"
                edition = "2021"
                autotests = false
                default-run = "tool"

                [lib]
                name = "multi_core"
                path = "src/core.rs"

                [[bin]]
                name = "tool"

                [[bin]]
                name = "other"
                path = "bins/other.rs"
                edition = "2018"
                required-features = ["cli"]

                [[test]]
                name = "standalone"
                harness = false
                """);
        assertEquals(List.of(), m.diagnostics());
        assertEquals("1.2.3", m.pkg().version());
        assertEquals("2021", m.pkg().edition());
        assertEquals(Boolean.FALSE, m.pkg().autotests());
        assertEquals("tool", m.pkg().defaultRun());
        assertEquals(new TargetSpec("multi_core", "src/core.rs", null, true, false, List.of()), m.lib());
        assertEquals(List.of(
                new TargetSpec("tool", null, null, true, false, List.of()),
                new TargetSpec("other", "bins/other.rs", "2018", true, false, List.of("cli"))), m.bins());
        assertEquals(List.of(new TargetSpec("standalone", null, null, false, false, List.of())), m.tests());
    }

    @Test
    void dependenciesOfEachKind() {
        var m = Manifest.parse("app/Cargo.toml", """
                [package]
                name = "app"
                edition = "2021"

                [dependencies]
                my-util = { path = "../my-util" }
                renamed = { path = "../other", package = "other-lib", features = ["fast"], default-features = false }
                serde = "1"
                tokio = { version = "1", features = ["full"] }
                remote = { git = "https://example.com/remote.git" }
                shared = { workspace = true, optional = true }

                [dev-dependencies.helper]
                path = "../helper"
                """);
        assertEquals(List.of(), m.diagnostics());
        var deps = m.dependencies();
        assertEquals(List.of("my-util", "remote", "renamed", "serde", "shared", "tokio"),
                deps.stream().map(DependencySpec::key).toList(), "sorted by key");
        var myUtil = deps.get(0);
        assertEquals(DependencySource.PATH, myUtil.source());
        assertEquals("../my-util", myUtil.path());
        assertEquals("my-util", myUtil.packageName());
        assertFalse(myUtil.renamed());
        assertEquals(DependencySource.GIT, deps.get(1).source());
        assertEquals("https://example.com/remote.git", deps.get(1).git());
        var renamed = deps.get(2);
        assertEquals("other-lib", renamed.packageName());
        assertTrue(renamed.renamed());
        assertFalse(renamed.defaultFeatures());
        assertEquals(List.of("fast"), renamed.features());
        var serde = deps.get(3);
        assertEquals(DependencySource.REGISTRY, serde.source());
        assertEquals("1", serde.version());
        assertEquals("serde = \"1\"", serde.display());
        assertEquals(DependencySource.WORKSPACE, deps.get(4).source());
        assertTrue(deps.get(4).optional());
        assertEquals("tokio = { features = [\"full\"], version = \"1\" }", deps.get(5).display());
        assertEquals(1, m.devDependencies().size());
        assertEquals("../helper", m.devDependencies().get(0).path());
    }

    @Test
    void virtualWorkspace() {
        var m = Manifest.parse("Cargo.toml", """
                [workspace]
                resolver = "2"
                members = ["crates/*", "tools/cli"]
                exclude = ["crates/skipped"]

                [workspace.package]
                edition = "2021"
                version = "0.3.0"

                [workspace.dependencies]
                alpha = { path = "crates/alpha" }
                """);
        assertEquals(List.of(), m.diagnostics());
        assertTrue(m.isVirtual());
        var ws = m.workspace();
        assertNotNull(ws);
        assertEquals(List.of("crates/*", "tools/cli"), ws.members());
        assertEquals(List.of("crates/skipped"), ws.exclude());
        assertEquals(Map.of("edition", "2021", "version", "0.3.0"), ws.packageKeys());
        assertEquals("crates/alpha", ws.dependencies().get("alpha").path());
    }

    @Test
    void inheritedPackageKeys() {
        var m = Manifest.parse("a/Cargo.toml", """
                [package]
                name = "a"
                version.workspace = true
                edition = { workspace = true }
                """);
        assertEquals(List.of(), m.diagnostics());
        assertTrue(m.pkg().inherits("edition"));
        assertTrue(m.pkg().inherits("version"));
    }

    @Test
    void featuresTable() {
        var m = Manifest.parse("Cargo.toml", """
                [package]
                name = "f"
                [features]
                default = ["std"]
                std = []
                """);
        assertEquals(Map.of("default", List.of("std"), "std", List.of()), m.features());
    }

    @Test
    void malformedTomlIsADiagnosticNotAnException() {
        var m = Manifest.parse("bad/Cargo.toml", """
                [package
                name = "x"
                """);
        assertFalse(m.diagnostics().isEmpty());
        Diagnostic d = m.diagnostics().get(0);
        assertEquals(Severity.ERROR, d.severity());
        assertTrue(d.message().contains("`bad/Cargo.toml`"), d.message());
        assertTrue(d.message().contains("line 1"), d.message());
        assertNull(d.primary());
    }

    @Test
    void badFieldsAreReported() {
        var m = Manifest.parse("x/Cargo.toml", """
                [package]
                name = "1x"
                edition = "2030"
                autolib = "yes"

                [dependencies]
                weird = 3

                [[bin]]
                path = "src/a.rs"

                [unknown]
                """);
        var messages = m.diagnostics().stream().map(Diagnostic::message).toList();
        assertTrue(messages.stream().anyMatch(s -> s.contains("cannot start with a digit")), messages::toString);
        assertTrue(messages.stream().anyMatch(s -> s.contains("`2030` is unknown")), messages::toString);
        assertTrue(messages.stream().anyMatch(s -> s.contains("`package.autolib`")), messages::toString);
        assertTrue(messages.stream().anyMatch(s -> s.contains("dependency `weird`")), messages::toString);
        assertTrue(messages.stream().anyMatch(s -> s.contains("bin target names cannot be empty")), messages::toString);
        assertTrue(messages.stream().anyMatch(s -> s.contains("unused manifest key: unknown")), messages::toString);
        assertTrue(messages.stream().allMatch(s -> s.contains("`x/Cargo.toml`")), messages::toString);
        assertEquals("2015", m.pkg().edition(), "a bad edition falls back to the default");
        assertTrue(m.dependencies().isEmpty());
    }

    @Test
    void missingNameAndEmptyManifest() {
        var noName = Manifest.parse("Cargo.toml", "[package]\nversion = \"1.0.0\"\n");
        assertTrue(noName.diagnostics().get(0).message().contains("missing field `name`"));
        var empty = Manifest.parse("Cargo.toml", "");
        assertTrue(empty.diagnostics().get(0).message().contains("missing either a `[package]` or a `[workspace]`"));
    }

    @Test
    void platformSpecificDependenciesAreUnsupported() {
        var m = Manifest.parse("Cargo.toml", """
                [package]
                name = "p"
                [target.'cfg(unix)'.dependencies]
                libc = "0.2"
                """);
        assertEquals(1, m.diagnostics().size());
        assertTrue(m.diagnostics().get(0).message().contains("platform-specific dependencies"));
    }

    @Test
    void parsingIsDeterministicAndValueEqual() {
        String text = "[package]\nname = \"p\"\n[dependencies]\nb = { path = \"../b\" }\na = { path = \"../a\" }\n";
        assertEquals(Manifest.parse("p/Cargo.toml", text), Manifest.parse("p/Cargo.toml", text));
    }
}
