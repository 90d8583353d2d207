package brisk.driver;

import brisk.diagnostics.Diagnostic;
import java.util.Comparator;

/**
 * A deterministic order for diagnostics: by file, then position, then code. Whatever the thread
 * count or query reuse, {@code brisk check} prints the same bytes.
 */
enum DiagnosticOrder implements Comparator<Diagnostic> {
    INSTANCE;

    @Override
    public int compare(Diagnostic a, Diagnostic b) {
        if (a.primary() == null || b.primary() == null) {
            return a.primary() == null ? (b.primary() == null ? 0 : -1) : 1;
        }
        int c = a.primary().file().compareTo(b.primary().file());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.primary().range().start(), b.primary().range().start());
        if (c != 0) {
            return c;
        }
        return String.valueOf(a.code()).compareTo(String.valueOf(b.code()));
    }
}
