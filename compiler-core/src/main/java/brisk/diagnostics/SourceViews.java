package brisk.diagnostics;

import brisk.base.FileId;
import java.util.HashMap;
import java.util.Map;

/** Memoised {@link SourceView}s for one rendering. */
final class SourceViews {
    private final SourceLookup sources;
    private final Map<FileId, SourceView> views = new HashMap<>();

    SourceViews(SourceLookup sources) {
        this.sources = sources;
    }

    SourceView of(FileId file) {
        return views.computeIfAbsent(file, f -> new SourceView(sources, f));
    }
}
