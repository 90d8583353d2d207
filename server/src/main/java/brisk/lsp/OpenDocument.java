package brisk.lsp;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * An editor buffer: its URI as the client spells it, the file it shows, its version and its unsaved
 * text, which is the analysis input while it is open. Immutable: each change makes a new one.
 *
 * @param path the absolute file path, or null for a URI that names no file ({@code untitled:})
 */
record OpenDocument(String uri, Path path, int version, String text) {

    /** Applies the changes of one {@code didChange}, in order: each range refers to the text left by the previous. */
    OpenDocument apply(int newVersion, List<TextDocumentContentChangeEvent> changes) {
        String current = text;
        for (var change : changes) {
            if (change.getRange() == null) {
                current = change.getText();
                continue;
            }
            var lines = LineMap.of(current);
            int start = lines.charIndex(change.getRange().getStart());
            int end = Math.max(start, lines.charIndex(change.getRange().getEnd()));
            current = current.substring(0, start) + change.getText() + current.substring(end);
        }
        return new OpenDocument(uri, path, newVersion, current);
    }
}
