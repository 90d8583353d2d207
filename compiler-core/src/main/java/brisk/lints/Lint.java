package brisk.lints;

/** The rustc lints brisk reports, all warn-by-default members of the {@code unused} group. */
public enum Lint {
    UNUSED_VARIABLES("unused_variables"),
    UNUSED_ASSIGNMENTS("unused_assignments"),
    UNUSED_MUT("unused_mut"),
    UNUSED_IMPORTS("unused_imports"),
    UNREACHABLE_CODE("unreachable_code"),
    DEAD_CODE("dead_code");

    private final String lintName;

    Lint(String lintName) {
        this.lintName = lintName;
    }

    /** The name rustc uses in attributes and as the diagnostic's code. */
    public String lintName() {
        return lintName;
    }

    /** The lint with this name, or null (rustc codes such as {@code E0384} are not lints). */
    public static Lint byName(String name) {
        if (name == null) {
            return null;
        }
        for (var lint : values()) {
            if (lint.lintName.equals(name)) {
                return lint;
            }
        }
        return null;
    }

    /** Whether an attribute naming {@code name} (a lint or a group) sets this lint's level. */
    boolean setBy(String name) {
        return name.equals(lintName) || name.equals("unused") || name.equals("warnings");
    }
}
