package brisk.diagnostics;

/** rustc's {@code SuggestionStyle}: whether the code of a suggestion is shown, and where. */
public enum SuggestionStyle {
    /** Hide the code entirely: only {@code = help: msg}. */
    HIDE_CODE_ALWAYS,
    /** Inline label without the code ({@code ^ help: msg}), else shown as a patch. */
    HIDE_CODE_INLINE,
    /** Default ({@code span_suggestion}): inline label when short, else shown as a patch. */
    SHOW_CODE,
    /** Verbose ({@code span_suggestion_verbose}): always shown as a patch, never inline. */
    SHOW_ALWAYS,
    /** Only for tools (JSON); never rendered for humans. */
    COMPLETELY_HIDDEN
}
