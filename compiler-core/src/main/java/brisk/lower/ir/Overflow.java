package brisk.lower.ir;

/**
 * How integer arithmetic treats overflow. {@code CHECKED} is Rust's debug-mode operator semantics:
 * overflow, division by zero and over-wide shifts panic with rustc's message.
 * {@code WRAPPING} is {@code wrapping_add} and friends: two's-complement results, shift amounts
 * masked to the width, {@code MIN / -1 == MIN}; division and remainder by zero still panic, as
 * {@code wrapping_div} does.
 */
public enum Overflow {
    CHECKED,
    WRAPPING
}
