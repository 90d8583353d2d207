package brisk.runtime;

/**
 * Source locations rustc 1.95's std reports for panics raised inside the standard library itself
 * (no {@code #[track_caller]}), as printed in {@code panicked at <location>:}. Recorded from real
 * runs; they change with the Rust version brisk mirrors.
 */
public final class StdLocations {
    private StdLocations() {}

    private static final String ROOT = "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/";

    /** {@code Iterator::sum} / {@code product} overflow on integers. */
    public static final String ITER_SUM_PRODUCT = ROOT + "core/src/iter/traits/accum.rs:204:1";
    /** {@code step_by(0)}: "assertion failed: step != 0". */
    public static final String STEP_BY = ROOT + "core/src/iter/adapters/step_by.rs:35:9";
    /** {@code Vec::with_capacity} beyond isize::MAX bytes: "capacity overflow". */
    public static final String RAW_VEC_CAPACITY = ROOT + "alloc/src/raw_vec/mod.rs:28:5";
    /** {@code str::repeat} / {@code slice::repeat} overflow: "capacity overflow". */
    public static final String REPEAT = ROOT + "alloc/src/slice.rs:523:50";
    public static final String CHAR_FROM_DIGIT = ROOT + "core/src/char/convert.rs:332:9";
    public static final String CHAR_TO_DIGIT = ROOT + "core/src/char/methods.rs:403:9";
    public static final String F64_CLAMP = ROOT + "core/src/num/f64.rs:1502:9";
    public static final String F32_CLAMP = ROOT + "core/src/num/f32.rs:1504:9";
    /** {@code from_str_radix} with a radix outside 2..=36 (signed and unsigned types). */
    public static final String FROM_STR_RADIX_SIGNED = ROOT + "core/src/num/mod.rs:1801:1";
    public static final String FROM_STR_RADIX_UNSIGNED = ROOT + "core/src/num/mod.rs:1802:1";
    /** {@code print!} failing (e.g. broken pipe). */
    public static final String STDIO_PRINT = ROOT + "std/src/io/stdio.rs:1165:9";
}
