package brisk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Reproduces floats.rs's output (recorded from rustc in floats.out) with {@link Floats}. */
class FloatsTest {
    static String d(double v) {
        return Formatter.format(FmtSpec.DEBUG, f -> Fmt.debugF64(f, v));
    }

    @Test
    void matchesRustcFloatMethods() throws IOException {
        double[] vals = {0.0, -0.0, 0.5, -0.5, 1.5, 2.5, -2.5, 0.49999999999999994, 4503599627370497.0, 1.1,
            -7.3, Double.NaN, Double.POSITIVE_INFINITY, 1e-310};
        StringBuilder out = new StringBuilder();
        for (double v : vals) {
            out.append(d(v)).append(" round=").append(d(Floats.round(v)))
                    .append(" trunc=").append(d(Floats.trunc(v)))
                    .append(" fract=").append(d(Floats.fract(v)))
                    .append(" signum=").append(d(Floats.signum(v)))
                    .append(" powi3=").append(d(Floats.powi(v, 3)))
                    .append(" powi-2=").append(d(Floats.powi(v, -2)))
                    .append(" rem_euclid=").append(d(Floats.remEuclid(v, -2.0)))
                    .append(" div_euclid=").append(d(Floats.divEuclid(v, -2.0)))
                    .append(" min=").append(d(Floats.min(v, Double.NaN)))
                    .append(" max=").append(d(Floats.max(Double.NaN, v)))
                    .append(" rte=").append(d(Floats.roundTiesEven(v))).append('\n');
        }
        out.append(d(Floats.powi(1.1, 10))).append('\n');
        out.append(Formatter.format(FmtSpec.DEBUG, f -> Fmt.debugF32(f, Floats.powi(1.1f, 10)))).append('\n');
        out.append(Formatter.format(FmtSpec.DEBUG, f -> Fmt.debugF32(f, Floats.round(-7.5f)))).append('\n');
        assertEquals(DebugBuildersTest.resource("/floats.out"), out.toString());
    }
}
