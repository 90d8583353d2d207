package brisk.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Port of core's {@code flt2dec} rendering for f32/f64. Shortest digits come from
 * {@link Double#toString}/{@link Float#toString} (since JDK 19 they yield the shortest decimal
 * that round-trips, closest to the exact value — the same digits as Rust's Grisu/Dragon), with
 * two corrections: Java prefers a closer 2-digit decimal when a 1-digit one also round-trips
 * ({@code 4.9E-324} vs Rust's {@code 5e-324}), and when two shortest candidates are exactly
 * equally close Java takes the even one while Rust rounds up ({@code -171404.63f32}). Fixed
 * precision rounds the exact binary value half-to-even, like Rust's exact mode.
 */
final class FloatFmt {
    private FloatFmt() {}

    /** Significant digits {@code d} (no leading/trailing zeros) with value {@code 0.d × 10^exp}. */
    record Decimal(String digits, int exp) {}

    static Decimal shortest(double v, boolean isF32) {
        String s = isF32 ? Float.toString((float) v) : Double.toString(v);
        Decimal d = parseJava(s);
        if (d.digits.length() == 2) {
            Decimal one = oneDigit(v, isF32, d);
            if (one != null) {
                return one;
            }
        }
        return tieRoundsUp(v, isF32, d);
    }

    /**
     * If the next decimal up (same length) also round-trips and is exactly as close to the value
     * as Java's even choice, Rust's shortest mode picks that upper one.
     */
    private static Decimal tieRoundsUp(double v, boolean isF32, Decimal d) {
        String digits = d.digits;
        int last = digits.charAt(digits.length() - 1) - '0';
        if ((last & 1) != 0) {
            return d;
        }
        String upDigits = digits.substring(0, digits.length() - 1) + (char) ('0' + last + 1);
        String up = "0." + upDigits + "E" + d.exp;
        boolean roundTrips = isF32 ? Float.parseFloat(up) == (float) v : Double.parseDouble(up) == v;
        if (!roundTrips) {
            return d;
        }
        BigDecimal exact = new BigDecimal(v);
        BigDecimal distUp = new BigDecimal(up).subtract(exact).abs();
        BigDecimal distJava = new BigDecimal("0." + digits + "E" + d.exp).subtract(exact).abs();
        return distUp.compareTo(distJava) == 0 ? new Decimal(upDigits, d.exp) : d;
    }

    /** Parses Java's {@code ddd.ddd} or {@code d.dddE±x} rendering of a positive finite value. */
    private static Decimal parseJava(String s) {
        int e = s.indexOf('E');
        int exp10 = 0;
        String mant = s;
        if (e >= 0) {
            exp10 = Integer.parseInt(s.substring(e + 1));
            mant = s.substring(0, e);
        }
        int dot = mant.indexOf('.');
        String intPart = dot < 0 ? mant : mant.substring(0, dot);
        String frac = dot < 0 ? "" : mant.substring(dot + 1);
        String all = intPart + frac;
        int pointPos = intPart.length() + exp10; // value = 0.all × 10^pointPos
        int lead = 0;
        while (lead < all.length() - 1 && all.charAt(lead) == '0') {
            lead++;
        }
        all = all.substring(lead);
        pointPos -= lead;
        int end = all.length();
        while (end > 1 && all.charAt(end - 1) == '0') {
            end--;
        }
        return new Decimal(all.substring(0, end), pointPos);
    }

    private static Decimal oneDigit(double v, boolean isF32, Decimal two) {
        int d0 = two.digits.charAt(0) - '0';
        BigDecimal exact = new BigDecimal(v);
        Decimal best = null;
        BigDecimal bestDist = null;
        for (int cand = d0; cand <= d0 + 1; cand++) {
            Decimal c = cand == 10 ? new Decimal("1", two.exp + 1) : new Decimal(Integer.toString(cand), two.exp);
            String text = "0." + c.digits + "E" + c.exp;
            boolean roundTrips = isF32 ? Float.parseFloat(text) == (float) v : Double.parseDouble(text) == v;
            if (roundTrips) {
                BigDecimal dist = new BigDecimal(text).subtract(exact).abs();
                if (best == null || dist.compareTo(bestDist) <= 0) { // a tie goes up, as in Rust
                    best = c;
                    bestDist = dist;
                }
            }
        }
        return best;
    }

    /** {@code digits_to_dec_str}: plain notation with at least {@code fracDigits} decimals. */
    static String decStr(Decimal d, int fracDigits) {
        String buf = d.digits;
        int exp = d.exp;
        StringBuilder sb = new StringBuilder(buf.length() + Math.abs(exp) + fracDigits + 2);
        if (exp <= 0) {
            sb.append("0.");
            sb.repeat('0', -exp);
            sb.append(buf);
            int have = buf.length() - exp;
            if (fracDigits > have) {
                sb.repeat('0', fracDigits - have);
            }
        } else if (exp < buf.length()) {
            sb.append(buf, 0, exp).append('.').append(buf, exp, buf.length());
            int have = buf.length() - exp;
            if (fracDigits > have) {
                sb.repeat('0', fracDigits - have);
            }
        } else {
            sb.append(buf);
            sb.repeat('0', exp - buf.length());
            if (fracDigits > 0) {
                sb.append('.');
                sb.repeat('0', fracDigits);
            }
        }
        return sb.toString();
    }

    /** {@code digits_to_exp_str}: {@code d.ddde±x} with at least {@code minDigits} significant digits. */
    static String expStr(Decimal d, int minDigits, boolean upper) {
        String buf = d.digits;
        StringBuilder sb = new StringBuilder(buf.length() + 8);
        sb.append(buf.charAt(0));
        if (buf.length() > 1 || minDigits > 1) {
            sb.append('.').append(buf, 1, buf.length());
            if (minDigits > buf.length()) {
                sb.repeat('0', minDigits - buf.length());
            }
        }
        int e = d.exp - 1;
        sb.append(upper ? 'E' : 'e').append(e);
        return sb.toString();
    }

    /** Exact value of {@code |v|} rounded half-even to {@code fracDigits} decimals, plain notation. */
    static String exactFixed(double absV, int fracDigits) {
        if (absV == 0) {
            return fracDigits == 0 ? "0" : "0." + "0".repeat(fracDigits);
        }
        return new BigDecimal(absV).setScale(fracDigits, RoundingMode.HALF_EVEN).toPlainString();
    }

    /**
     * Exact value of {@code |v|} (non-zero) rounded half-even to {@code nDigits} significant
     * digits; the digits may end in zeros (they are all printed).
     */
    static Decimal exactSignificant(double absV, int nDigits) {
        BigDecimal r = new BigDecimal(absV).round(new MathContext(nDigits, RoundingMode.HALF_EVEN));
        String digits = r.unscaledValue().toString();
        // value = digits × 10^-scale = 0.digits × 10^(len - scale)
        return new Decimal(digits, digits.length() - r.scale());
    }
}
