package brisk.runtime;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * The C math library rustc-built programs call (glibc's libm on Linux), reached through the
 * foreign function API so transcendental results are bit-identical to rustc's. Only used when
 * the JVM grants native access ({@code --enable-native-access=ALL-UNNAMED}, or
 * {@code Enable-Native-Access: ALL-UNNAMED} in an executable jar's manifest): without it the JDK
 * would print a warning to stderr, which would corrupt program output, so {@link Floats} then
 * falls back to {@link Math} (measured against glibc: ~0.1–0.4% of results differ in the last
 * bit for sin/cos/exp/ln/pow/tan, ~20% for atan2).
 */
final class Libm {
    private Libm() {}

    static final boolean AVAILABLE = Libm.class.getModule().isNativeAccessEnabled();

    /** Handles are created on first use, only when {@link #AVAILABLE}. */
    static final class Handles {
        private Handles() {}

        private static final Linker LINKER = Linker.nativeLinker();

        private static MethodHandle d(String name, int arity) {
            ValueLayout[] args = new ValueLayout[arity];
            java.util.Arrays.fill(args, ValueLayout.JAVA_DOUBLE);
            return LINKER.downcallHandle(LINKER.defaultLookup().find(name).orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE, args));
        }

        private static MethodHandle f(String name, int arity) {
            ValueLayout[] args = new ValueLayout[arity];
            java.util.Arrays.fill(args, ValueLayout.JAVA_FLOAT);
            return LINKER.downcallHandle(LINKER.defaultLookup().find(name).orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_FLOAT, args));
        }

        static final MethodHandle SIN = d("sin", 1);
        static final MethodHandle COS = d("cos", 1);
        static final MethodHandle TAN = d("tan", 1);
        static final MethodHandle ASIN = d("asin", 1);
        static final MethodHandle ACOS = d("acos", 1);
        static final MethodHandle ATAN = d("atan", 1);
        static final MethodHandle ATAN2 = d("atan2", 2);
        static final MethodHandle EXP = d("exp", 1);
        static final MethodHandle EXP2 = d("exp2", 1);
        static final MethodHandle EXPM1 = d("expm1", 1);
        static final MethodHandle LOG = d("log", 1);
        static final MethodHandle LOG10 = d("log10", 1);
        static final MethodHandle LOG2 = d("log2", 1);
        static final MethodHandle LOG1P = d("log1p", 1);
        static final MethodHandle POW = d("pow", 2);
        static final MethodHandle SINH = d("sinh", 1);
        static final MethodHandle COSH = d("cosh", 1);
        static final MethodHandle TANH = d("tanh", 1);
        static final MethodHandle HYPOT = d("hypot", 2);

        static final MethodHandle SINF = f("sinf", 1);
        static final MethodHandle COSF = f("cosf", 1);
        static final MethodHandle TANF = f("tanf", 1);
        static final MethodHandle EXPF = f("expf", 1);
        static final MethodHandle LOGF = f("logf", 1);
        static final MethodHandle POWF = f("powf", 2);
        static final MethodHandle ATAN2F = f("atan2f", 2);
    }

    static double call(MethodHandle h, double x) {
        try {
            return (double) h.invokeExact(x);
        } catch (Throwable t) {
            throw new IllegalStateException("libm call failed", t);
        }
    }

    static double call(MethodHandle h, double x, double y) {
        try {
            return (double) h.invokeExact(x, y);
        } catch (Throwable t) {
            throw new IllegalStateException("libm call failed", t);
        }
    }

    static float callF(MethodHandle h, float x) {
        try {
            return (float) h.invokeExact(x);
        } catch (Throwable t) {
            throw new IllegalStateException("libm call failed", t);
        }
    }

    static float callF(MethodHandle h, float x, float y) {
        try {
            return (float) h.invokeExact(x, y);
        } catch (Throwable t) {
            throw new IllegalStateException("libm call failed", t);
        }
    }
}
