package brisk.diagnostics;

import brisk.base.FileId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The rustc fixtures under {@code src/test/resources/diagnostics}. */
final class FixtureFiles {
    private FixtureFiles() {}

    static Path directory() {
        try {
            return Path.of(FixtureFiles.class.getResource("/diagnostics/bless.sh").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> names() {
        try (Stream<Path> files = Files.list(directory())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".rs"))
                    .map(n -> n.substring(0, n.length() - 3))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(String fileName) {
        try {
            return Files.readString(directory().resolve(fileName), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A lookup holding a single file, named the way rustc printed it. */
    static SourceLookup single(FileId id, String path, String text) {
        LineIndex index = LineIndex.of(text);
        return new SourceLookup() {
            @Override
            public String path(FileId file) {
                return path;
            }

            @Override
            public String text(FileId file) {
                return text;
            }

            @Override
            public LineIndex lineIndex(FileId file) {
                return index;
            }
        };
    }
}
