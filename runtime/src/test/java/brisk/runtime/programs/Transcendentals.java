package brisk.runtime.programs;

import brisk.runtime.Floats;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Recomputes transcendental.txt with {@link Floats} and prints how many results differ from
 * rustc's, per function: "sin=0 cos=0 ...". Run with and without native access by LibmTest.
 */
public final class Transcendentals {
    public static void main(String[] args) throws Exception {
        String[] names = {"sin", "cos", "tan", "exp", "ln", "powf", "atan2", "cbrt", "exp_m1", "log2",
            "sinf", "cosf", "expf", "lnf", "powff", "atan2f"};
        int[] bad = new int[names.length];
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                Transcendentals.class.getResourceAsStream("/transcendental.txt")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] p = line.split(" ");
                double x = Double.longBitsToDouble(Long.parseUnsignedLong(p[0], 16));
                double y = Double.longBitsToDouble(Long.parseUnsignedLong(p[1], 16));
                float xf = (float) x;
                float yf = (float) y;
                double[] d = {Floats.sin(x), Floats.cos(x), Floats.tan(x), Floats.exp(x), Floats.ln(Math.abs(x)),
                    Floats.powf(Math.abs(x), y), Floats.atan2(x, y), Floats.cbrt(x), Floats.expM1(x), Floats.log2(Math.abs(x))};
                float[] f = {Floats.sin(xf), Floats.cos(xf), Floats.exp(xf), Floats.ln(Math.abs(xf)),
                    Floats.powf(Math.abs(xf), yf), Floats.atan2(xf, yf)};
                for (int i = 0; i < d.length; i++) {
                    if (Double.doubleToRawLongBits(d[i]) != Long.parseUnsignedLong(p[2 + i], 16)) {
                        bad[i]++;
                    }
                }
                for (int i = 0; i < f.length; i++) {
                    if (Float.floatToRawIntBits(f[i]) != Integer.parseUnsignedInt(p[2 + d.length + i], 16)) {
                        bad[d.length + i]++;
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            out.append(i == 0 ? "" : " ").append(names[i]).append('=').append(bad[i]);
        }
        System.out.println(out);
    }
}
