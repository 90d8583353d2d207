package brisk.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import brisk.workspace.LoadedWorkspace;
import brisk.workspace.WorkspaceLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Relink, don't rebuild: a body-only edit in a library re-checks that body and nothing of the crates
 * depending on it (their queries stay green: the library's item trees, hence its interface, are equal).
 */
class DownstreamGreenTest {
    @TempDir
    Path dir;

    @Test
    void aBodyEditInALibraryReExecutesNothingDownstream() throws Exception {
        write("Cargo.toml", "[workspace]\nmembers = [\"base\", \"app\"]\nresolver = \"2\"\n");
        write("base/Cargo.toml", "[package]\nname = \"base\"\nversion = \"0.1.0\"\nedition = \"2021\"\n");
        String lib = "pub fn twice(x: i64) -> i64 {\n    x * 2\n}\n";
        write("base/src/lib.rs", lib);
        write("app/Cargo.toml", "[package]\nname = \"app\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n"
                + "[dependencies]\nbase = { path = \"../base\" }\n");
        write("app/src/main.rs", "fn main() {\n    println!(\"{}\", base::twice(21));\n}\n");
        var ws = (LoadedWorkspace.Loaded) WorkspaceLoader.load(dir);
        var host = new AnalysisHost();
        host.load(ws.graph(), ws.files());
        try (var snapshot = host.snapshot()) {
            CheckService.check(snapshot, ws.graph(), true);
        }
        host.setFileText("base/src/lib.rs", lib.replace("x * 2", "x * 2 + 0"));
        host.resetStats();
        try (var snapshot = host.snapshot()) {
            CheckService.check(snapshot, ws.graph(), true);
        }
        var stats = host.stats();
        // The edited body only, in base's two configurations (the lib, and the lib with cfg(test) as
        // `--tests` checks it); its diagnostics are unchanged, so no crate re-gathers, and app's
        // queries are verified green, never re-executed.
        assertEquals(2, stats.executed("infer"), stats.renderTable());
        assertEquals(2, stats.executed("item_diagnostics"), stats.renderTable());
        assertEquals(0, stats.executed("def_map"), stats.renderTable());
        assertEquals(0, stats.executed("crate_diagnostics"), stats.renderTable());
    }

    private void write(String path, String text) throws Exception {
        Files.createDirectories(dir.resolve(path).getParent());
        Files.writeString(dir.resolve(path), text);
    }
}
