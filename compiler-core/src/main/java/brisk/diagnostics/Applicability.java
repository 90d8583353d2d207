package brisk.diagnostics;

/** How confident a suggestion is, spelled as in rustc's JSON {@code suggestion_applicability}. */
public enum Applicability {
    MACHINE_APPLICABLE("MachineApplicable"),
    MAYBE_INCORRECT("MaybeIncorrect"),
    HAS_PLACEHOLDERS("HasPlaceholders"),
    UNSPECIFIED("Unspecified");

    private final String rustcName;

    Applicability(String rustcName) {
        this.rustcName = rustcName;
    }

    public String rustcName() {
        return rustcName;
    }
}
