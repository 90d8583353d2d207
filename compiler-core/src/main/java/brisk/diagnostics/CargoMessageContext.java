package brisk.diagnostics;

/**
 * Which package and target a cargo {@code compiler-message} belongs to.
 *
 * @param packageId    e.g. {@code path+file:///work/foo#0.1.0}
 * @param manifestPath absolute path of the package's {@code Cargo.toml}
 */
public record CargoMessageContext(String packageId, String manifestPath, CargoTarget target) {}
