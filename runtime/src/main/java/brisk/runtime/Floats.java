package brisk.runtime;

/**
 * f32/f64 methods whose Rust semantics differ from the obvious Java call. Java's {@code +},
 * {@code -}, {@code *}, {@code /}, {@code %} (fmod), comparisons, {@code sqrt}, {@code floor},
 * {@code ceil}, {@code abs}, {@code mul_add} (fma) and {@code to_bits} already match Rust and
 * are used directly by codegen. Transcendental functions go to the C libm like rustc's (see
 * {@link Libm}) when native access is enabled, else to {@link Math}.
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
        return Libm.AVAILABLE ? Libm.call(Libm.Handles.POW, a, b) : Math.pow(a, b);
    }

    public static double sin(double x) {
        return Libm.AVAILABLE ? Libm.call(Libm.Handles.SIN, x) : Math.sin(x);
    }

    public static double cos(double x) {
        return Libm.AVAILABLE ? Libm.call(Libm.Handles.COS, x) : Math.cos(x);
    }

    public static double tan(double x) {
        return Libm.AVAILABLE ? Libm.call(Libm.Handles.TAN, x) : Math.tan(x);
    }

    public static double asin(double x) {
        return Libm.AVAILABLE ? Libm.call(Libm.Handles.ASIN, x) : Math.asin(x);
    }

    public static double acos(double x) {
        return Libm.AVAILABLE ? Libm.call(Libm.Handles.ACOS, x) : Math.acos(x);
    }

    public static double atan(double x) {
        return Libm.AVAILABLE ? Libm.call(Libm.Handles.ATAN, x) : Math.atan(x);
    }

    /** {@code self.atan2(other)} = C's {@code atan2(self, other)}. */
    public static double atan2(double y, double x) {
        return Libm.AVAILABLE ? Libm.call(Libm.Handles.ATAN2, y, x) : Math.atan2(y, x);
    }

    public static double exp(double x) {
        return Libm.AVAILABLE ? Libm.call(Libm.Handles.EXP, x) : Math.exp(x);
    }

    public static double exp2(double x) {
        return Libm.AVAILABLE ? Libm.call(Libm.Handles.EXP2, x) : Math.pow(2.0, x);
    }

    public static double expM1(double x) {
        return Libm.AVAILABLE ? Libm.call(Libm.Handles.EXPM1, x) : Math.expm1(x);
    }

    public static double ln(double x) {
        return Libm.AVAILABLE ? Libm.call(Libm.Handles.LOG, x) : Math.log(x);
    }

    public static double log10(double x) {
        return Libm.AVAILABLE ? Libm.call(Libm.Handles.LOG10, x) : Math.log10(x);
    }

    public static double log2(double x) {
        return Libm.AVAILABLE ? Libm.call(Libm.Handles.LOG2, x) : Math.log(x) / Math.log(2.0);
    }

    /** {@code self.log(base)}: std computes {@code self.ln() / base.ln()}. */
    public static double log(double x, double base) {
        return ln(x) / ln(base);
    }

    public static double ln1p(double x) {
        return Libm.AVAILABLE ? Libm.call(Libm.Handles.LOG1P, x) : Math.log1p(x);
    }

    public static double sinh(double x) {
        return Libm.AVAILABLE ? Libm.call(Libm.Handles.SINH, x) : Math.sinh(x);
    }

    public static double cosh(double x) {
        return Libm.AVAILABLE ? Libm.call(Libm.Handles.COSH, x) : Math.cosh(x);
    }

    public static double tanh(double x) {
        return Libm.AVAILABLE ? Libm.call(Libm.Handles.TANH, x) : Math.tanh(x);
    }

    /**
     * {@code cbrt}: Rust links compiler-builtins' correctly rounded cbrt (ported from CORE-MATH)
     * rather than glibc's, so brisk rounds correctly too: {@link Math#cbrt} (within one ulp) is
     * corrected by comparing {@code x} with the exact cubes of the midpoints to its neighbours.
     */
    public static double cbrt(double x) {
        double y = Math.cbrt(x);
        if (x == 0 || Double.isNaN(y) || Double.isInfinite(y)) {
            return y;
        }
        java.math.BigDecimal target = new java.math.BigDecimal(Math.abs(x));
        double c = Math.abs(y);
        while (true) {
            double up = Math.nextUp(c);
            if (!Double.isInfinite(up) && target.compareTo(cubeOfMidpoint(c, up)) > 0) {
                c = up;
                continue;
            }
            double down = Math.nextDown(c);
            if (down > 0 && target.compareTo(cubeOfMidpoint(down, c)) < 0) {
                c = down;
                continue;
            }
            return Math.copySign(c, x);
        }
    }

    private static java.math.BigDecimal cubeOfMidpoint(double a, double b) {
        java.math.BigDecimal m = new java.math.BigDecimal(a).add(new java.math.BigDecimal(b))
                .divide(java.math.BigDecimal.valueOf(2));
        return m.multiply(m).multiply(m);
    }

    public static double hypot(double x, double y) {
        return Libm.AVAILABLE ? Libm.call(Libm.Handles.HYPOT, x, y) : Math.hypot(x, y);
    }

    // f32 versions call the C float functions (sinf, ...), not the double ones rounded.

    public static float sin(float x) {
        return Libm.AVAILABLE ? Libm.callF(Libm.Handles.SINF, x) : (float) Math.sin(x);
    }

    public static float cos(float x) {
        return Libm.AVAILABLE ? Libm.callF(Libm.Handles.COSF, x) : (float) Math.cos(x);
    }

    public static float tan(float x) {
        return Libm.AVAILABLE ? Libm.callF(Libm.Handles.TANF, x) : (float) Math.tan(x);
    }

    public static float exp(float x) {
        return Libm.AVAILABLE ? Libm.callF(Libm.Handles.EXPF, x) : (float) Math.exp(x);
    }

    public static float ln(float x) {
        return Libm.AVAILABLE ? Libm.callF(Libm.Handles.LOGF, x) : (float) Math.log(x);
    }

    public static float powf(float a, float b) {
        return Libm.AVAILABLE ? Libm.callF(Libm.Handles.POWF, a, b) : (float) Math.pow(a, b);
    }

    public static float atan2(float y, float x) {
        return Libm.AVAILABLE ? Libm.callF(Libm.Handles.ATAN2F, y, x) : (float) Math.atan2(y, x);
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

    /** {@code f64::clamp}: panics (in std) when {@code min > max} or either bound is NaN. */
    public static double clamp(double x, double min, double max) {
        if (!(min <= max)) {
            throw Panic.panic("min > max, or either was NaN. min = " + debug(min) + ", max = " + debug(max),
                    StdLocations.F64_CLAMP);
        }
        if (x < min) {
            x = min;
        }
        if (x > max) {
            x = max;
        }
        return x;
    }

    /** {@code f32::clamp}. */
    public static float clamp(float x, float min, float max) {
        if (!(min <= max)) {
            throw Panic.panic("min > max, or either was NaN. min = " + debugF32(min) + ", max = " + debugF32(max),
                    StdLocations.F32_CLAMP);
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

    private static String debugF32(float v) {
        return Formatter.format(FmtSpec.DEBUG, f -> Fmt.debugF32(f, v));
    }
}
