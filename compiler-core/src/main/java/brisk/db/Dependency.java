package brisk.db;

/**
 * One recorded read of a query: an input slot or a derived slot of the same database. Slots are unique per
 * (ingredient, key) within a database, so identity comparison is equality. For persistence a dependency is
 * written as its {@link #ingredientName()} and {@link #key()}.
 */
sealed interface Dependency permits InputSlot, DerivedSlot {
    String ingredientName();

    Object key();

    /** The durability a reader of this slot inherits right now (LOW when unknown: the safe choice). */
    Durability currentDurability();

    /** {@code "name(key)"}, or {@code "name()"} for {@link Unit} keys; used in cycle reports. */
    default String describe() {
        Object key = key();
        return key == Unit.INSTANCE ? ingredientName() + "()" : ingredientName() + "(" + key + ")";
    }
}
