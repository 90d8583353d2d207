package brisk.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A 100k-line file must parse well under a second. Measured as thread CPU time, so that a loaded
 * machine (several builds sharing two cores) does not make the test flaky.
 */
class ParserPerformanceTest {
    @Test
    void parsesHundredThousandLinesQuickly() throws IOException {
        StringBuilder sb = new StringBuilder();
        int lines = 0;
        int copy = 0;
        while (lines < 100_000) {
            for (Path p : SyntaxDataTest.inputs("ok")) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                // Rename items so copies do not look identical (irrelevant to the parser, but realistic).
                sb.append("mod copy").append(copy++).append(" {\n").append(text).append("\n}\n");
                lines += text.split("\n", -1).length + 2;
            }
        }
        String text = sb.toString();
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        for (int warmup = 0; warmup < 3; warmup++) {
            Parser.parseSourceFile(text);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        Parse parse = Parser.parseSourceFile(text);
        long nanos = threads.getCurrentThreadCpuTime() - start;
        assertEquals(bytes, parse.green().width());
        assertTrue(parse.errors().isEmpty());
        double seconds = nanos / 1e9;
        System.out.printf("parsed %d lines (%.1f MB) in %.0f ms CPU: %.1f MB/s%n", lines, bytes / 1e6, seconds * 1000,
                bytes / 1e6 / seconds);
        assertTrue(seconds < 1.0, "parsing 100k lines took " + seconds + " s of CPU");
    }
}
