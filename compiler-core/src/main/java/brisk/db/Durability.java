package brisk.db;

/**
 * How rarely an input changes. Workspace files are {@link #LOW}; manifests and the standard library are
 * {@link #HIGH}. A memo whose inputs are all at least durability D is revalidated without walking its
 * dependencies when no input of durability D or higher changed since it was last verified.
 * Declaration order matters: it is the ordering used for "at least".
 */
public enum Durability {
    LOW,
    MEDIUM,
    HIGH;

    static Durability min(Durability a, Durability b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    static Durability max(Durability a, Durability b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
