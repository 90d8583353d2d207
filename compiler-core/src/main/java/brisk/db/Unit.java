package brisk.db;

/** The key of singleton queries and inputs (one value per database, e.g. the workspace manifest list). */
public enum Unit {
    INSTANCE
}
