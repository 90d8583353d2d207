package brisk.runtime;

/**
 * f32/f64 methods whose Rust semantics differ from the obvious Java call. Java's {@code +},
 * {@code -}, {@code *}, {@code /}, {@code %} (fmod), comparisons, {@code sqrt}, {@code floor},
 * {@code ceil}, {@code abs}, {@code mul_add} (fma) and {@code to_bits} already match Rust and
 * are used directly by codegen. Transcendental functions ({@code sin}, {@code exp}, {@code ln},
 * {@code powf}, ...) call {@link StrictMath} (fdlibm); Rust calls the platform libm, so the last
 * bit can differ in rare cases.
 */
public final class Floats {
    private Floats() {}

    /** {@code f64::min}: a NaN operand is ignored (IEEE minNum), unlike {@link Math#min}. */
    public static double min(double a, double b) {
        if (Double.isNaN(a)) {
            return b;
        }
        if (Double.isNaN(b)) {
            return a;
        }
        return Math.min(a, b);
    }

    public static double max(double a, double b) {
        if (Double.isNaN(a)) {
            return b;
        }
        if (Double.isNaN(b)) {
            return a;
        }
        return Math.max(a, b);
    }

    public static float min(float a, float b) {
        return (float) min((double) a, (double) b);
    }

    public static float max(float a, float b) {
        return (float) max((double) a, (double) b);
    }

    /** {@code round}: half away from zero (Java's {@link Math#round} rounds half up). */
    public static double round(double x) {
        double t = trunc(x);
        if (Math.abs(x - t) >= 0.5) {
            return t + Math.copySign(1.0, x);
        }
        return t;
    }

    public static float round(float x) {
        float t = (float) trunc(x);
        if (Math.abs(x - t) >= 0.5f) {
            return t + Math.copySign(1.0f, x);
        }
        return t;
    }

    /** {@code round_ties_even}. */
    public static double roundTiesEven(double x) {
        return Math.rint(x);
    }

    public static double trunc(double x) {
        return x < 0 ? Math.ceil(x) : Math.floor(x);
    }

    public static double fract(double x) {
        return x - trunc(x);
    }

    /** {@code signum}: ±1.0 for ±0.0 and NaN for NaN (Java's returns the zero). */
    public static double signum(double x) {
        return Double.isNaN(x) ? x : Math.copySign(1.0, x);
    }

    public static float signum(float x) {
        return Float.isNaN(x) ? x : Math.copySign(1.0f, x);
    }

    /** {@code powi}: compiler-rt's {@code __powidf2} repeated squaring (differs from pow in the last bits). */
    public static double powi(double a, int b) {
        boolean recip = b < 0;
        double r = 1;
        while (true) {
            if ((b & 1) != 0) {
                r *= a;
            }
            b /= 2;
            if (b == 0) {
                break;
            }
            a *= a;
        }
        return recip ? 1 / r : r;
    }

    /** {@code __powisf2}: the same loop in single precision. */
    public static float powi(float a, int b) {
        boolean recip = b < 0;
        float r = 1;
        while (true) {
            if ((b & 1) != 0) {
                r *= a;
            }
            b /= 2;
            if (b == 0) {
                break;
            }
            a *= a;
        }
        return recip ? 1 / r : r;
    }

    public static double powf(double a, double b) {
        return StrictMath.pow(a, b);
    }

    /** {@code rem_euclid}: the least non-negative remainder. */
    public static double remEuclid(double a, double b) {
        double r = a % b;
        return r < 0 ? r + Math.abs(b) : r;
    }

    /** {@code div_euclid}. */
    public static double divEuclid(double a, double b) {
        double q = trunc(a / b);
        if (a % b < 0) {
            return b > 0 ? q - 1 : q + 1;
        }
        return q;
    }

    /** {@code clamp}: panics like Rust when {@code min > max} or either bound is NaN. */
    public static double clamp(double x, double min, double max, String loc) {
        if (!(min <= max)) {
            throw Panic.panic("min > max, or either was NaN. min = " + debug(min) + ", max = " + debug(max), loc);
        }
        if (x < min) {
            x = min;
        }
        if (x > max) {
            x = max;
        }
        return x;
    }

    /** {@code total_cmp}: IEEE total order. */
    public static int totalCmp(double a, double b) {
        long x = Double.doubleToRawLongBits(a);
        long y = Double.doubleToRawLongBits(b);
        x ^= (x >> 63) >>> 1;
        y ^= (y >> 63) >>> 1;
        return Long.compare(x, y);
    }

    /** {@code partial_cmp}: -1, 0, 1, or 2 for {@code None} (a NaN operand). */
    public static int partialCmp(double a, double b) {
        if (a < b) {
            return -1;
        }
        if (a > b) {
            return 1;
        }
        return a == b ? 0 : 2;
    }

    private static String debug(double v) {
        return Formatter.format(FmtSpec.DEBUG, f -> Fmt.debugF64(f, v));
    }
}
