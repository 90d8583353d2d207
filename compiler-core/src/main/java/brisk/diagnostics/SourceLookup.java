package brisk.diagnostics;

import brisk.base.FileId;

/** What the renderers need to know about the files a diagnostic points into. */
public interface SourceLookup {
    /** The path exactly as rustc prints it after {@code -->}, e.g. {@code src/main.rs}. */
    String path(FileId file);

    String text(FileId file);

    LineIndex lineIndex(FileId file);
}
