package brisk.diagnostics;

import brisk.base.FileId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The rustc fixtures under {@code src/test/resources/diagnostics}: {@code NAME.rs}, or a
 * directory {@code NAME/} with crate root {@code NAME/main.rs} and further module files.
 */
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
                    .filter(n -> n.endsWith(".rs") || Files.exists(directory().resolve(n).resolve("main.rs")))
                    .map(n -> n.endsWith(".rs") ? n.substring(0, n.length() - 3) : n)
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

    /** The source files of fixture {@code name}, crate root first, keyed by the path rustc prints. */
    static Map<String, String> sources(String name) {
        var sources = new LinkedHashMap<String, String>();
        Path dir = directory().resolve(name);
        if (!Files.isDirectory(dir)) {
            sources.put(name + ".rs", read(name + ".rs"));
            return sources;
        }
        sources.put(name + "/main.rs", read(name + "/main.rs"));
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".rs")).sorted().toList()) {
                String path = directory().relativize(p).toString().replace('\\', '/');
                sources.putIfAbsent(path, Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sources;
    }

    /**
     * A stand-in for a file rustc points into but did not print (e.g. {@code /rustc/<hash>/library/...}):
     * blank filler laid out so that the span's byte offsets, lines and columns from rustc's JSON
     * land where rustc says. Supports one distinct span per file.
     */
    static String standIn(List<Map<String, Object>> spans) {
        var distinct = spans.stream()
                .map(span -> List.of((Integer) span.get("byte_start"), (Integer) span.get("byte_end"),
                        (Integer) span.get("line_start"), (Integer) span.get("line_end"),
                        (Integer) span.get("column_start"), (Integer) span.get("column_end")))
                .distinct()
                .toList();
        if (distinct.size() != 1) {
            throw new IllegalArgumentException("stand-ins support one span per file");
        }
        List<Integer> s = distinct.getFirst();
        int byteStart = s.get(0);
        int byteEnd = s.get(1);
        int lineStart = s.get(2);
        int lineEnd = s.get(3);
        int columnStart = s.get(4);
        int columnEnd = s.get(5);
        int firstLineStart = byteStart - (columnStart - 1);
        var text = new StringBuilder();
        text.append(" ".repeat(firstLineStart - (lineStart - 1))).append("\n".repeat(lineStart - 1));
        if (lineStart == lineEnd) {
            text.append(" ".repeat(columnEnd - 1));
        } else {
            int lastLineStart = byteEnd - (columnEnd - 1);
            int firstLineLength = lastLineStart - firstLineStart - (lineEnd - lineStart);
            text.append(" ".repeat(firstLineLength)).append("\n".repeat(lineEnd - lineStart))
                    .append(" ".repeat(columnEnd - 1));
        }
        return text.append('\n').toString();
    }

    /** In-memory files: {@code FileId(i)} is the i-th entry of {@code sources}. */
    static final class Lookup implements SourceLookup {
        private final List<String> paths;
        private final List<String> texts;
        private final List<LineIndex> indexes = new ArrayList<>();
        private final java.util.Set<String> hidden;

        Lookup(Map<String, String> sources) {
            this(sources, java.util.Set.of());
        }

        /** {@code hidden} paths are files rustc could not show (its own standard library). */
        Lookup(Map<String, String> sources, java.util.Set<String> hidden) {
            this.paths = List.copyOf(sources.keySet());
            this.texts = List.copyOf(sources.values());
            this.hidden = java.util.Set.copyOf(hidden);
            for (String text : texts) {
                indexes.add(LineIndex.of(text));
            }
        }

        @Override
        public boolean showSource(FileId file) {
            return !hidden.contains(paths.get(file.index()));
        }

        FileId id(String path) {
            int i = paths.indexOf(path);
            if (i < 0) {
                throw new IllegalArgumentException("no fixture file " + path);
            }
            return new FileId(i);
        }

        @Override
        public String path(FileId file) {
            return paths.get(file.index());
        }

        @Override
        public String text(FileId file) {
            return texts.get(file.index());
        }

        @Override
        public LineIndex lineIndex(FileId file) {
            return indexes.get(file.index());
        }
    }
}
