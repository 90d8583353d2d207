package brisk.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brisk.host.AnalysisHost;
import brisk.project.TargetKind;
import brisk.workspace.LoadedWorkspace;
import brisk.workspace.WorkspaceLoader;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A package built to classes and run in a child JVM behaves as under cargo: output, panics, exit codes. */
class BuildServiceTest {
    @TempDir
    Path dir;

    private BuiltProgram build(String main) throws Exception {
        Files.writeString(dir.resolve("Cargo.toml"), "[package]\nname = \"demo\"\nversion = \"0.1.0\"\nedition = \"2021\"\n");
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("src/main.rs"), main);
        var ws = (LoadedWorkspace.Loaded) WorkspaceLoader.load(dir);
        var host = new AnalysisHost();
        host.load(ws.graph(), ws.files());
        try (var snapshot = host.snapshot()) {
            var bin = ws.graph().crates().stream().filter(c -> c.kind() == TargetKind.BIN).findFirst().orElseThrow();
            return BuildService.build(snapshot, ws.root(), bin, false);
        }
    }

    private record Run(String stdout, String stderr, int code) {}

    private Run run(BuiltProgram program) throws Exception {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        var process = new ProcessBuilder(ChildJvm.command(program.classes(), program.mainClass(), List.of()))
                .directory(dir.toFile()).redirectInput(new File("/dev/null"))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int code = process.waitFor();
        return new Run(Files.readString(out), Files.readString(err), code);
    }

    @Test
    void aProgramPrintsAndExitsZero() throws Exception {
        var program = build("fn main() { let x: i64 = 40; println!(\"hello {}\", x + 2); }\n");
        assertEquals(List.of(), program.errors());
        assertTrue(Files.isDirectory(program.classes()));
        var run = run(program);
        assertEquals("hello 42\n", run.stdout());
        assertEquals(0, run.code());
    }

    @Test
    void overflowPanicsWithRustcsMessageAndExit101() throws Exception {
        var program = build("fn main() {\n    let x: u8 = 255;\n    println!(\"{}\", x + 1);\n}\n");
        var run = run(program);
        assertEquals(101, run.code());
        assertTrue(run.stderr().contains("panicked at src/main.rs:3:20:\nattempt to add with overflow\n"), run.stderr());
    }

    @Test
    void processExitPassesItsCode() throws Exception {
        var run = run(build("fn main() { print!(\"partial\"); std::process::exit(7); }\n"));
        assertEquals("partial", run.stdout());
        assertEquals(7, run.code());
    }

    @Test
    void rebuildingUnchangedCodeRewritesNoClassFile() throws Exception {
        var first = build("fn main() { println!(\"x\"); }\n");
        long before = Files.getLastModifiedTime(Files.walk(first.classes()).filter(p -> p.toString().endsWith(".class"))
                .findFirst().orElseThrow()).toMillis();
        Thread.sleep(20);
        var second = build("fn main() { println!(\"x\"); }\n");
        long after = Files.getLastModifiedTime(Files.walk(second.classes()).filter(p -> p.toString().endsWith(".class"))
                .findFirst().orElseThrow()).toMillis();
        assertEquals(before, after);
    }

    @Test
    void aBodyEditRegeneratesOnlyItsModulesClass() throws Exception {
        Files.writeString(dir.resolve("Cargo.toml"), "[package]\nname = \"demo\"\nversion = \"0.1.0\"\nedition = \"2021\"\n");
        Files.createDirectories(dir.resolve("src"));
        String other = "pub fn twice(x: i64) -> i64 { x * 2 }\n";
        Files.writeString(dir.resolve("src/other.rs"), other);
        Files.writeString(dir.resolve("src/main.rs"), "mod other;\nfn main() { println!(\"{}\", other::twice(21)); }\n");
        var ws = (LoadedWorkspace.Loaded) WorkspaceLoader.load(dir);
        var host = new AnalysisHost();
        host.load(ws.graph(), ws.files());
        var bin = ws.graph().crates().stream().filter(c -> c.kind() == TargetKind.BIN).findFirst().orElseThrow();
        try (var snapshot = host.snapshot()) {
            var program = snapshot.get(brisk.lower.LowerQueries.PROGRAM, new brisk.resolve.CrateConfig(bin.id(), false));
            for (String name : brisk.codegen.Codegen.classNames(program.module())) {
                // A class generated from its slice is the class generated from the whole program.
                assertTrue(java.util.Arrays.equals(brisk.codegen.Codegen.emitClass(program.module(), name).bytes(),
                        brisk.codegen.Codegen.emitClass(brisk.codegen.Codegen.inputOf(program.module(), name), name)
                                .bytes()), name);
            }
            assertEquals(List.of(), BuildService.build(snapshot, ws.root(), bin, false).errors());
        }
        host.setFileText("src/other.rs", other.replace("x * 2", "x * 2 + 0"));
        host.resetStats();
        try (var snapshot = host.snapshot()) {
            assertEquals(List.of(), BuildService.build(snapshot, ws.root(), bin, false).errors());
        }
        assertEquals(1, host.stats().executed("codegen_class"), host.stats().renderTable());
    }
}
