package brisk.lower.ir;

/**
 * A local of an IR function. {@code name} is the Rust binding name (or a lower-made temp name)
 * for debugging; locals are identified by their index in {@link IrFunction#locals()}.
 */
public record IrLocal(String name, IrType type) {}
