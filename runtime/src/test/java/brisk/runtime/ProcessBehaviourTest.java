package brisk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs hand-compiled versions of the programs in resources/process in a fresh JVM and compares
 * stdout, stderr and the exit status with what the rustc-built originals produced (recorded by
 * gen-process-cases.sh). Thread ids in panic headers and libtest's elapsed time are normalised.
 */
class ProcessBehaviourTest {

    record Run(String stdout, String stderr, int code) {}

    static Run run(String mainClass, String... args) throws IOException, InterruptedException {
        return runWith(List.of(), mainClass, args);
    }

    static Run runWith(List<String> jvmOptions, String mainClass, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("brisk.runtime.programs." + mainClass);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("RUST_BACKTRACE");
        Process p = pb.start();
        p.getOutputStream().close();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        byte[] out = readAll(p.getInputStream());
        int code = p.waitFor();
        return new Run(new String(out, StandardCharsets.UTF_8), new String(err.join(), StandardCharsets.UTF_8), code);
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String normalise(String s) {
        return s.replaceAll("' \\(\\d+\\) (panicked|has overflowed)", "' (TID) $1")
                .replaceAll("finished in \\d+\\.\\d\\ds", "finished in N.NNs");
    }

    static String resource(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(ProcessBehaviourTest.class.getResourceAsStream("/process/" + name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "PanicAfterPrint, panic_after_print",
        "StackOverflow, stack_overflow",
        "ExitCode, exit_code",
        "MainErr, main_err",
        "TwoPanics, two_panics",
    })
    void programBehavesLikeRustc(String mainClass, String oracle) throws Exception {
        Run r = run(mainClass);
        assertEquals(normalise(resource(oracle + ".stdout")), normalise(r.stdout), "stdout");
        assertEquals(normalise(resource(oracle + ".stderr")), normalise(r.stderr), "stderr");
        assertEquals(Integer.parseInt(resource(oracle + ".code").trim()), r.code, "exit status");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "all|",
        "filter|adds",
        "exact|--exact tests::adds",
        "ignored|--ignored",
        "include-ignored|--include-ignored ign",
        "skip|--skip sp_ --skip res",
        "none|nothingmatches",
        "list|--list",
        "nocapture|--nocapture adds fails",
        "show-output|--show-output fails adds sp_ok",
    })
    void testHarnessBehavesLikeLibtest(String oracle, String args) throws Exception {
        String[] argv = args == null ? new String[0] : args.split(" ");
        Run r = run("TestLib", argv);
        assertEquals(normalise(resource("testlib/" + oracle + ".stdout")), normalise(r.stdout), "stdout");
        assertEquals(Integer.parseInt(resource("testlib/" + oracle + ".code").trim()), r.code, "exit status");
    }

    /** rustc's output for BrokenPipe's original when its stdout reader goes away after one line. */
    @Test
    void printingIntoAClosedPipePanicsLikeRustc() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "brisk.runtime.programs.BrokenPipe");
        pb.environment().remove("RUST_BACKTRACE");
        Process p = pb.start();
        p.getOutputStream().close();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        byte[] first = new byte[7];
        assertEquals(7, p.getInputStream().readNBytes(first, 0, 7));
        assertEquals("line 0\n", new String(first, StandardCharsets.UTF_8));
        p.getInputStream().close();
        assertEquals(101, p.waitFor());
        assertEquals("\nthread 'main' (TID) panicked at /rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/std/src/io/stdio.rs:1165:9:\n"
                + "failed printing to stdout: Broken pipe (os error 32)\n"
                + "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n",
                normalise(new String(err.join(), StandardCharsets.UTF_8)));
    }

    /** With native access, transcendental functions are bit-identical to rustc's (transcendental.txt). */
    @Test
    void libmResultsAreBitIdenticalWithNativeAccess() throws Exception {
        Run r = runWith(List.of("--enable-native-access=ALL-UNNAMED"), "Transcendentals");
        assertEquals("sin=0 cos=0 tan=0 exp=0 ln=0 powf=0 atan2=0 cbrt=0 exp_m1=0 log2=0 "
                + "sinf=0 cosf=0 expf=0 lnf=0 powff=0 atan2f=0\n", r.stdout);
        assertEquals("", r.stderr);
    }

    /** Without native access the fallback must stay silent: a JDK warning on stderr would corrupt output. */
    @Test
    void noNativeAccessWarningWithoutTheFlag() throws Exception {
        Run r = run("Transcendentals");
        assertEquals("", r.stderr);
        assertEquals(0, r.code);
    }
}
