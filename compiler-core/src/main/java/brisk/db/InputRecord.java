package brisk.db;

/**
 * The state of one input key: its value ({@code null} when unset or removed), the revision in which it last
 * changed and its durability. Immutable; a write replaces the whole record.
 */
record InputRecord(Object value, long changedAt, Durability durability) {
    /** The state of a key that was never set. Its durability is LOW, the most conservative choice. */
    static final InputRecord NEVER_SET = new InputRecord(null, 0, Durability.LOW);

    static InputRecord removedAt(long revision) {
        return new InputRecord(null, revision, Durability.LOW);
    }

    boolean present() {
        return value != null;
    }
}
