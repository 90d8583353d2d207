package brisk.lower.ir;

/**
 * Rust's integer types with their width and signedness. 8-, 16- and 32-bit kinds live in a JVM
 * {@code int} (narrow kinds normalized: signed ones sign-extended, unsigned ones zero-extended,
 * 32-bit unsigned as its bit pattern); 64-bit kinds and {@code isize}/{@code usize} live in a
 * {@code long}. {@code i128}/{@code u128} are not IR integers: lower makes them runtime objects ({@code WideInts}).
 */
public enum IntKind {
    I8(8, true, "I8"),
    I16(16, true, "I16"),
    I32(32, true, "I32"),
    I64(64, true, "I64"),
    ISIZE(64, true, "Isize"),
    U8(8, false, "U8"),
    U16(16, false, "U16"),
    U32(32, false, "U32"),
    U64(64, false, "U64"),
    USIZE(64, false, "Usize");

    private final int bits;
    private final boolean signed;
    private final String runtimeSuffix;

    IntKind(int bits, boolean signed, String runtimeSuffix) {
        this.bits = bits;
        this.signed = signed;
        this.runtimeSuffix = runtimeSuffix;
    }

    public int bits() {
        return bits;
    }

    public boolean signed() {
        return signed;
    }

    /** True when the JVM representation is a {@code long}. */
    public boolean isLong() {
        return bits == 64;
    }

    /** The suffix of this kind's helpers in {@code brisk.runtime.Arith}: {@code addI32}, {@code mulUsize}. */
    public String runtimeSuffix() {
        return runtimeSuffix;
    }

    /**
     * The JVM representation of {@code value as <this kind>}: the low {@link #bits()} bits of
     * {@code value}, sign- or zero-extended into the int ({@code long} for 64-bit kinds).
     */
    public long normalize(long value) {
        return switch (bits) {
            case 8 -> signed ? (byte) value : value & 0xFF;
            case 16 -> signed ? (short) value : value & 0xFFFF;
            case 32 -> (int) value;
            default -> value;
        };
    }
}
