package brisk.resolve;

/** A module of a crate configuration, by index into its {@link DefMap}; module 0 is the crate root. */
public record ModuleRef(CrateConfig crate, int module) {}
