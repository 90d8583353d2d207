package brisk.runtime;

/**
 * Panic messages of std macros and methods, worded exactly as rustc 1.95 prints them. Each method
 * runs the panic hook and returns the {@link Panic} for codegen to {@code throw}. Arguments named
 * {@code *Debug} are the {@code {:?}} rendering of the value, produced by generated code.
 */
public final class Panics {
    private Panics() {}

    public static Panic unwrapNone(String loc) {
        return Panic.panic("called `Option::unwrap()` on a `None` value", loc);
    }

    /** {@code Option::expect} and {@code Result::expect} on the failing side use the message alone for Option. */
    public static Panic expectNone(String message, String loc) {
        return Panic.panic(message, loc);
    }

    public static Panic unwrapErr(String errDebug, String loc) {
        return Panic.panic("called `Result::unwrap()` on an `Err` value: " + errDebug, loc);
    }

    public static Panic expectErr(String message, String errDebug, String loc) {
        return Panic.panic(message + ": " + errDebug, loc);
    }

    /** {@code Result::unwrap_err} on {@code Ok(v)}. */
    public static Panic unwrapErrOnOk(String okDebug, String loc) {
        return Panic.panic("called `Result::unwrap_err()` on an `Ok` value: " + okDebug, loc);
    }

    /** {@code Result::expect_err} on {@code Ok(v)}. */
    public static Panic expectErrOnOk(String message, String okDebug, String loc) {
        return Panic.panic(message + ": " + okDebug, loc);
    }

    /** {@code assert!(cond)} without a message: {@code exprSource} is the condition's source text. */
    public static Panic assertFailed(String exprSource, String loc) {
        return Panic.panic("assertion failed: " + exprSource, loc);
    }

    /** {@code assert_eq!}; {@code message} is the formatted custom message or null. */
    public static Panic assertEqFailed(String leftDebug, String rightDebug, String message, String loc) {
        return Panic.panic(assertion("==", leftDebug, rightDebug, message), loc);
    }

    /** {@code assert_ne!}; {@code message} is the formatted custom message or null. */
    public static Panic assertNeFailed(String leftDebug, String rightDebug, String message, String loc) {
        return Panic.panic(assertion("!=", leftDebug, rightDebug, message), loc);
    }

    private static String assertion(String op, String left, String right, String message) {
        StringBuilder sb = new StringBuilder("assertion `left ").append(op).append(" right` failed");
        if (message != null) {
            sb.append(": ").append(message);
        }
        return sb.append("\n  left: ").append(left).append("\n right: ").append(right).toString();
    }

    /** {@code unreachable!()} / {@code unreachable!("…")}; {@code message} null when absent. */
    public static Panic unreachable(String message, String loc) {
        return Panic.panic(withDetail("internal error: entered unreachable code", message), loc);
    }

    public static Panic todo(String message, String loc) {
        return Panic.panic(withDetail("not yet implemented", message), loc);
    }

    public static Panic unimplemented(String message, String loc) {
        return Panic.panic(withDetail("not implemented", message), loc);
    }

    private static String withDetail(String base, String message) {
        return message == null ? base : base + ": " + message;
    }

    /** Indexing a slice, array or Vec out of bounds. */
    public static Panic indexOutOfBounds(long len, long index, String loc) {
        return Panic.panic("index out of bounds: the len is " + Long.toUnsignedString(len)
                + " but the index is " + Long.toUnsignedString(index), loc);
    }

    public static Panic sliceEndOutOfRange(long end, long len, String loc) {
        return Panic.panic("range end index " + Long.toUnsignedString(end)
                + " out of range for slice of length " + Long.toUnsignedString(len), loc);
    }

    public static Panic sliceStartOutOfRange(long start, long len, String loc) {
        return Panic.panic("range start index " + Long.toUnsignedString(start)
                + " out of range for slice of length " + Long.toUnsignedString(len), loc);
    }

    public static Panic sliceIndexOrder(long start, long end, String loc) {
        return Panic.panic("slice index starts at " + Long.toUnsignedString(start)
                + " but ends at " + Long.toUnsignedString(end), loc);
    }

    /** {@code Ord::clamp} with {@code min > max} ({@code #[track_caller]}: the caller's location). */
    public static Panic ordClampInverted(String minDebug, String maxDebug, String loc) {
        return Panic.panic("min > max. min = " + minDebug + ", max = " + maxDebug, loc);
    }

    /** {@code map[&key]} on a HashMap/BTreeMap without the key. */
    public static Panic noEntryForKey(String loc) {
        return Panic.panic("no entry found for key", loc);
    }

    /** {@code VecDeque} indexing out of bounds. */
    public static Panic vecDequeOutOfBounds(String loc) {
        return Panic.panic("Out of bounds access", loc);
    }

    /** {@code chunks(0)} and friends. */
    public static Panic chunkSizeZero(String loc) {
        return Panic.panic("chunk size must be non-zero", loc);
    }

    /** {@code windows(0)}. */
    public static Panic windowSizeZero(String loc) {
        return Panic.panic("window size must be non-zero", loc);
    }

    /** Integer overflow inside {@code Iterator::sum}/{@code product}, reported at std's location. */
    public static Panic iterSumOverflow(boolean product) {
        return Panic.panic(product ? Arith.MUL : Arith.ADD, StdLocations.ITER_SUM_PRODUCT);
    }

    public static Panic refCellAlreadyBorrowed(String loc) {
        return Panic.panic("RefCell already borrowed", loc);
    }

    public static Panic refCellAlreadyMutablyBorrowed(String loc) {
        return Panic.panic("RefCell already mutably borrowed", loc);
    }
}
