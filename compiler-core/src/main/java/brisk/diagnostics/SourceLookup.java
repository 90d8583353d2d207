package brisk.diagnostics;

import brisk.base.FileId;

/** What the renderers need to know about the files a diagnostic points into. */
public interface SourceLookup {
    /** The path exactly as rustc prints it after {@code -->}, e.g. {@code src/main.rs}. */
    String path(FileId file);

    String text(FileId file);

    LineIndex lineIndex(FileId file);

    /**
     * Whether rustc would print snippets of this file. rustc shows only {@code --> path:line:col}
     * (and labels as {@code = note:}) for files whose source it does not have, such as the
     * standard library without the {@code rust-src} component.
     */
    default boolean showSource(FileId file) {
        return true;
    }
}
