package brisk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the one-binary Cargo package {@code demo} the command tests run brisk on. */
public final class TestPackages {
    private TestPackages() {}

    public static void writeBin(Path dir, String main) throws IOException {
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("Cargo.toml"), """
                [package]
                name = "demo"
                version = "0.1.0"
                edition = "2021"
                """);
        Files.writeString(dir.resolve("src/main.rs"), main);
    }
}
