package brisk.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brisk.cli.Main;
import brisk.db.QueryStats;
import brisk.diagnostics.Diagnostic;
import brisk.host.AnalysisHost;
import brisk.host.CheckService;
import brisk.workspace.LoadedWorkspace;
import brisk.workspace.WorkspaceLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code brisk check} across processes: each "run" is a new {@link AnalysisHost} loading the cache the
 * previous one saved, as a fresh JVM would.
 */
class QueryCacheTest {
    private static final String VERSION = "test";

    @TempDir
    Path dir;

    record Run(List<Diagnostic> diagnostics, QueryStats stats, String cacheStatus) {}

    /** One process-equivalent check: load the cache, set inputs, check, save. */
    private Run check() throws IOException {
        var workspace = (LoadedWorkspace.Loaded) WorkspaceLoader.load(dir);
        var host = new AnalysisHost();
        var cache = QueryCache.forWorkspace(workspace.root(), VERSION);
        String status = cache.loadInto(host);
        host.load(workspace.graph(), workspace.files());
        var diagnostics = new ArrayList<Diagnostic>();
        try (var snapshot = host.snapshot()) {
            for (var result : CheckService.check(snapshot, workspace.graph(), false, 2)) {
                diagnostics.addAll(result.diagnostics());
            }
        }
        QueryStats stats = host.stats();
        cache.save(host);
        return new Run(diagnostics, stats, status);
    }

    private void writePackage() throws IOException {
        Files.writeString(dir.resolve("Cargo.toml"), """
                [package]
                name = "demo"
                version = "0.1.0"
                edition = "2021"
                """);
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("src/main.rs"), """
                mod other;
                fn main() {
                    let a = missing;
                    other::helper();
                }
                """);
        Files.writeString(dir.resolve("src/other.rs"), """
                pub fn helper() -> i32 {
                    let b = also_missing;
                    1
                }
                pub fn untouched() -> i32 { 2 }
                """);
    }

    private Path cacheFile() {
        return dir.resolve("target/brisk/db.bin");
    }

    @Test
    void anUnchangedWorkspaceIsAnsweredFromTheCache() throws IOException {
        writePackage();
        Run cold = check();
        assertEquals("no cache", cold.cacheStatus());
        assertEquals(2, cold.diagnostics().size(), cold.diagnostics().toString());
        assertTrue(Files.isRegularFile(cacheFile()));

        Run warm = check();
        assertNull(warm.cacheStatus());
        assertEquals(cold.diagnostics(), warm.diagnostics());
        for (String query : List.of("parse", "item_tree", "def_map", "body_resolution", "signature_diagnostics",
                "item_diagnostics", "crate_diagnostics")) {
            assertEquals(0, warm.stats().executed(query), query + "\n" + warm.stats());
        }
    }

    /**
     * A query missing from {@link BriskSchema} is not persisted, nor is anything that reads it: the cache
     * would silently stop working. Add new queries there (with a value codec if check reads it at the top).
     */
    @Test
    void everyQueryOfACheckIsPersisted() throws IOException {
        writePackage();
        Run cold = check();
        var schema = BriskSchema.create(VERSION);
        for (String query : cold.stats().queryNames()) {
            assertTrue(schema.persists(query), query + " is not in BriskSchema");
        }
    }

    @Test
    void aBodyEditReRunsOnlyThatFileAndBody() throws IOException {
        writePackage();
        check();
        Files.writeString(dir.resolve("src/other.rs"), """
                pub fn helper() -> i32 {
                    let b = also_missing;
                    let c = 3;
                    1
                }
                pub fn untouched() -> i32 { 2 }
                """);
        Run edited = check();
        assertNull(edited.cacheStatus());
        QueryStats stats = edited.stats();
        assertEquals(1, stats.executed("body_resolution"), stats.toString());
        // Its diagnostics are body-relative and unchanged: backdated against the persisted fingerprint.
        assertEquals(1, stats.backdated("body_resolution"), stats.toString());
        // The edited body is type-checked again (its inference result has new ranges), so its item
        // diagnostics re-run once and come out equal: backdated; no other item's re-runs.
        assertEquals(1, stats.executed("item_diagnostics"), stats.toString());
        assertEquals(1, stats.backdated("item_diagnostics"), stats.toString());
        assertEquals(0, stats.executed("signature_diagnostics"), stats.toString());
        // The edited file, and main.rs: crate_diagnostics re-runs (it reads every parse of the crate for
        // syntax errors) and re-anchors main.rs's diagnostic, which needs that file's source map.
        assertEquals(2, stats.executed("parse"), stats.toString());
        assertEquals(1, stats.executed("item_tree"), stats.toString());
        assertEquals(1, stats.backdated("item_tree"), stats.toString());
        // Green but stored without values: recomputed because the re-run body resolution reads them.
        assertEquals(2, stats.executed("def_map"), stats.toString());
        assertEquals(0, stats.backdated("def_map"), stats.toString());
        assertEquals(2, edited.diagnostics().size());

        Run again = check();
        assertEquals(edited.diagnostics(), again.diagnostics());
        assertEquals(0, again.stats().executed("parse"));
        assertEquals(0, again.stats().executed("body_resolution"));
    }

    @Test
    void aNewErrorInAnEditedBodyIsReported() throws IOException {
        writePackage();
        check();
        Files.writeString(dir.resolve("src/other.rs"), """
                pub fn helper() -> i32 {
                    let b = also_missing;
                    1
                }
                pub fn untouched() -> i32 { third_missing }
                """);
        Run edited = check();
        assertEquals(3, edited.diagnostics().size(), edited.diagnostics().toString());
    }

    @Test
    void aTruncatedCorruptOrForeignCacheIsIgnoredAndRebuilt() throws IOException {
        writePackage();
        Run cold = check();
        byte[] good = Files.readAllBytes(cacheFile());

        Files.write(cacheFile(), Arrays.copyOf(good, good.length / 2));
        assertRebuilt(cold);

        byte[] corrupt = good.clone();
        corrupt[corrupt.length - 3] ^= 0x10;
        Files.write(cacheFile(), corrupt);
        assertRebuilt(cold);

        var foreign = QueryCache.forWorkspace(dir, "another-version");
        var host = new AnalysisHost();
        assertNotNull(foreign.loadInto(host));
        assertFalse(Files.readString(cacheFile(), StandardCharsets.ISO_8859_1).isEmpty());
    }

    private void assertRebuilt(Run cold) throws IOException {
        Run run = check();
        assertNotNull(run.cacheStatus());
        assertEquals(cold.diagnostics(), run.diagnostics());
        assertTrue(run.stats().executed("parse") > 0);
        assertNull(check().cacheStatus(), "the rebuilt cache loads");
    }

    @Test
    void theCommandLineSavesAndReusesTheCache() throws IOException {
        writePackage();
        String first = brisk("check", dir.toString());
        assertTrue(Files.isRegularFile(cacheFile()));
        String second = brisk("check", dir.toString());
        assertEquals(first, second);
        try (var files = Files.list(dir.resolve("target/brisk"))) {
            assertEquals(List.of(cacheFile()), files.toList(), "no temporary file is left behind");
        }
    }

    private static String brisk(String... args) {
        var err = new ByteArrayOutputStream();
        PrintStream oldErr = System.err;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            Main.run(args);
            return err.toString(StandardCharsets.UTF_8);
        } finally {
            System.setErr(oldErr);
        }
    }
}
