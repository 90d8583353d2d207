package brisk.diagnostics;

/** Level of a diagnostic or of one of its children, spelled as rustc prints it. */
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    NOTE("note"),
    HELP("help");

    private final String rustcName;

    Severity(String rustcName) {
        this.rustcName = rustcName;
    }

    /** The word rustc prints ({@code error}, {@code warning}, ...), also cargo's JSON {@code level}. */
    public String rustcName() {
        return rustcName;
    }
}
