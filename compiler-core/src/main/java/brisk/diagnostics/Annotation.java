package brisk.diagnostics;

/**
 * rustc's snippet {@code Annotation}: one underline (or one piece of a multi-line span) on one
 * source line. Columns are 0-based; {@code display} counts terminal columns (a tab is 4),
 * {@code file} counts characters.
 */
record Annotation(Column start, Column end, boolean primary, String label, Kind kind, int depth) {

    enum Kind {
        SINGLELINE,
        /** First character of a multi-line span ({@code __^}). */
        MULTILINE_START,
        /** Last character of a multi-line span ({@code |__^ label}). */
        MULTILINE_END,
        /** A source line inside a multi-line span: only the {@code |} on the left. */
        MULTILINE_LINE
    }

    /** rustc's {@code AnnotationColumn}; ordered by display column, then character column. */
    record Column(int display, int file) implements Comparable<Column> {
        @Override
        public int compareTo(Column o) {
            int c = Integer.compare(display, o.display);
            return c != 0 ? c : Integer.compare(file, o.file);
        }
    }

    boolean isLine() {
        return kind == Kind.MULTILINE_LINE;
    }

    boolean hasLabel() {
        return label != null && !label.isEmpty();
    }

    /** Multi-line starts and ends always need a row of their own for the connecting line. */
    boolean takesSpace() {
        return kind == Kind.MULTILINE_START || kind == Kind.MULTILINE_END;
    }

    int len() {
        return Math.abs(end.display() - start.display());
    }

    Annotation withKind(Kind newKind) {
        return new Annotation(start, end, primary, label, newKind, depth);
    }
}
