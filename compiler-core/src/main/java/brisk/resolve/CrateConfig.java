package brisk.resolve;

import brisk.project.CrateId;

/** A crate as compiled in one configuration: with {@code test} the {@code #[cfg(test)]} items exist. */
public record CrateConfig(CrateId crate, boolean test) {}
