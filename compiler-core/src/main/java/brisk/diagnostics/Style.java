package brisk.diagnostics;

/**
 * rustc's {@code Style}: the role of each character of a rendering. Colours are resolved at output
 * time against the level of the (sub)diagnostic being printed, exactly like rustc's
 * {@code Style::anstyle(level)}.
 */
enum Style {
    MAIN_HEADER_MSG,
    HEADER_MSG,
    LINE_AND_COLUMN,
    LINE_NUMBER,
    QUOTATION,
    UNDERLINE_PRIMARY,
    UNDERLINE_SECONDARY,
    LABEL_PRIMARY,
    LABEL_SECONDARY,
    NO_STYLE,
    LEVEL_ERROR,
    LEVEL_WARNING,
    LEVEL_NOTE,
    LEVEL_HELP,
    LEVEL_FAILURE_NOTE,
    ADDITION,
    REMOVAL;

    private static final String BOLD = "\u001b[1m";
    private static final String BRIGHT_BLUE = "\u001b[94m";

    /** The escape sequence opening this style; empty for unstyled text. */
    String ansiStart(Level level) {
        return switch (this) {
            case ADDITION -> "\u001b[92m";
            case REMOVAL -> "\u001b[91m";
            case LINE_NUMBER, UNDERLINE_SECONDARY, LABEL_SECONDARY -> BOLD + BRIGHT_BLUE;
            case MAIN_HEADER_MSG -> BOLD;
            case UNDERLINE_PRIMARY, LABEL_PRIMARY -> BOLD + level.ansiColor();
            case LEVEL_ERROR -> BOLD + Level.ERROR.ansiColor();
            case LEVEL_WARNING -> BOLD + Level.WARNING.ansiColor();
            case LEVEL_NOTE -> BOLD + Level.NOTE.ansiColor();
            case LEVEL_HELP -> BOLD + Level.HELP.ansiColor();
            case LEVEL_FAILURE_NOTE -> BOLD;
            case LINE_AND_COLUMN, QUOTATION, HEADER_MSG, NO_STYLE -> "";
        };
    }

    /** rustc's levels as far as rendering cares: the four severities plus the bare "failure note". */
    enum Level {
        ERROR("error", "\u001b[91m", LEVEL_ERROR),
        WARNING("warning", "\u001b[33m", LEVEL_WARNING),
        NOTE("note", "\u001b[92m", LEVEL_NOTE),
        HELP("help", "\u001b[96m", LEVEL_HELP),
        FAILURE_NOTE("failure-note", "", LEVEL_FAILURE_NOTE);

        final String word;
        private final String ansiColor;
        final Style style;

        Level(String word, String ansiColor, Style style) {
            this.word = word;
            this.ansiColor = ansiColor;
            this.style = style;
        }

        String ansiColor() {
            return ansiColor;
        }

        static Level of(Severity severity) {
            return switch (severity) {
                case ERROR -> ERROR;
                case WARNING -> WARNING;
                case NOTE -> NOTE;
                case HELP -> HELP;
            };
        }
    }
}
