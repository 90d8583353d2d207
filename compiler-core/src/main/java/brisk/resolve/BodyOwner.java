package brisk.resolve;

import brisk.items.ItemLoc;

/**
 * An item being checked, with what its names resolve against: the crate configuration, the
 * module whose scope applies, and the impl or trait it sits in (null at module level), whose
 * generics and {@code Self} are in scope.
 */
public record BodyOwner(CrateConfig crate, int module, ItemLoc item, ItemLoc container) {}
