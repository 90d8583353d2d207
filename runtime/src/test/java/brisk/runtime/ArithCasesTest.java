package brisk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Replays arith-cases.txt (rustc debug-build results and panic messages) through {@link Arith}. */
class ArithCasesTest {
    private static final String LOC = "src/main.rs:1:1";

    @BeforeEach
    void swallowPanicReports() {
        Io.beginCapture(new RString());
    }

    @AfterEach
    void restoreOutput() {
        Io.endCapture();
    }

    @Test
    void matchesRustcDebugArithmetic() throws IOException {
        List<String> mismatches = new ArrayList<>();
        int n = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(getClass().getResourceAsStream("/arith-cases.txt")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                n++;
                String[] p = line.split("\t");
                String actual;
                try {
                    actual = eval(p[0], p[1], p[2], p[3]);
                } catch (Panic e) {
                    actual = "panic: " + e.message();
                }
                if (!actual.equals(p[4])) {
                    mismatches.add(line + "  but brisk gave  " + actual);
                }
            }
        }
        assertEquals(17882, n);
        assertEquals(List.of(), mismatches.subList(0, Math.min(20, mismatches.size())));
    }

    static String eval(String type, String op, String as, String bs) {
        boolean unsigned = type.startsWith("u");
        long a = unsigned ? Long.parseUnsignedLong(as) : Long.parseLong(as);
        // b is a shift amount or exponent (signed text) or an operand of the type
        long b = bs.startsWith("-") ? Long.parseLong(bs) : Long.parseUnsignedLong(bs);
        int ia = (int) a;
        int ib = (int) b;
        int bits = Integer.parseInt(type.substring(1));
        boolean signed = !unsigned;
        String lib = bits == 64 ? libraryOp64(op, a, b, signed) : libraryOp(op, ia, ib, bits, signed);
        if (lib != null) {
            return lib;
        }
        long r = switch (type + " " + op) {
            case "i8 add" -> Arith.addI8(ia, ib, LOC);
            case "i8 sub" -> Arith.subI8(ia, ib, LOC);
            case "i8 mul" -> Arith.mulI8(ia, ib, LOC);
            case "i8 div" -> Arith.divI8(ia, ib, LOC);
            case "i8 rem" -> Arith.remI8(ia, ib, LOC);
            case "i8 neg" -> Arith.negI8(ia, LOC);
            case "i8 abs" -> Arith.absI8(ia, LOC);
            case "i8 shl" -> Arith.shlI8(ia, b, LOC);
            case "i8 shr" -> Arith.shrI8(ia, b, LOC);
            case "i8 pow" -> Arith.powI8(ia, ib, LOC);
            case "i16 add" -> Arith.addI16(ia, ib, LOC);
            case "i16 sub" -> Arith.subI16(ia, ib, LOC);
            case "i16 mul" -> Arith.mulI16(ia, ib, LOC);
            case "i16 div" -> Arith.divI16(ia, ib, LOC);
            case "i16 rem" -> Arith.remI16(ia, ib, LOC);
            case "i16 neg" -> Arith.negI16(ia, LOC);
            case "i16 abs" -> Arith.absI16(ia, LOC);
            case "i16 shl" -> Arith.shlI16(ia, b, LOC);
            case "i16 shr" -> Arith.shrI16(ia, b, LOC);
            case "i16 pow" -> Arith.powI16(ia, ib, LOC);
            case "i32 add" -> Arith.addI32(ia, ib, LOC);
            case "i32 sub" -> Arith.subI32(ia, ib, LOC);
            case "i32 mul" -> Arith.mulI32(ia, ib, LOC);
            case "i32 div" -> Arith.divI32(ia, ib, LOC);
            case "i32 rem" -> Arith.remI32(ia, ib, LOC);
            case "i32 neg" -> Arith.negI32(ia, LOC);
            case "i32 abs" -> Arith.absI32(ia, LOC);
            case "i32 shl" -> Arith.shlI32(ia, b, LOC);
            case "i32 shr" -> Arith.shrI32(ia, b, LOC);
            case "i32 pow" -> Arith.powI32(ia, ib, LOC);
            case "i64 add" -> Arith.addI64(a, b, LOC);
            case "i64 sub" -> Arith.subI64(a, b, LOC);
            case "i64 mul" -> Arith.mulI64(a, b, LOC);
            case "i64 div" -> Arith.divI64(a, b, LOC);
            case "i64 rem" -> Arith.remI64(a, b, LOC);
            case "i64 neg" -> Arith.negI64(a, LOC);
            case "i64 abs" -> Arith.absI64(a, LOC);
            case "i64 shl" -> Arith.shlI64(a, b, LOC);
            case "i64 shr" -> Arith.shrI64(a, b, LOC);
            case "i64 pow" -> Arith.powI64(a, ib, LOC);
            case "u8 add" -> Arith.addU8(ia, ib, LOC);
            case "u8 sub" -> Arith.subU8(ia, ib, LOC);
            case "u8 mul" -> Arith.mulU8(ia, ib, LOC);
            case "u8 div" -> Arith.divU8(ia, ib, LOC);
            case "u8 rem" -> Arith.remU8(ia, ib, LOC);
            case "u8 shl" -> Arith.shlU8(ia, b, LOC);
            case "u8 shr" -> Arith.shrU8(ia, b, LOC);
            case "u8 pow" -> Arith.powU8(ia, ib, LOC);
            case "u16 add" -> Arith.addU16(ia, ib, LOC);
            case "u16 sub" -> Arith.subU16(ia, ib, LOC);
            case "u16 mul" -> Arith.mulU16(ia, ib, LOC);
            case "u16 div" -> Arith.divU16(ia, ib, LOC);
            case "u16 rem" -> Arith.remU16(ia, ib, LOC);
            case "u16 shl" -> Arith.shlU16(ia, b, LOC);
            case "u16 shr" -> Arith.shrU16(ia, b, LOC);
            case "u16 pow" -> Arith.powU16(ia, ib, LOC);
            case "u32 add" -> Integer.toUnsignedLong(Arith.addU32(ia, ib, LOC));
            case "u32 sub" -> Integer.toUnsignedLong(Arith.subU32(ia, ib, LOC));
            case "u32 mul" -> Integer.toUnsignedLong(Arith.mulU32(ia, ib, LOC));
            case "u32 div" -> Integer.toUnsignedLong(Arith.divU32(ia, ib, LOC));
            case "u32 rem" -> Integer.toUnsignedLong(Arith.remU32(ia, ib, LOC));
            case "u32 shl" -> Integer.toUnsignedLong(Arith.shlU32(ia, b, LOC));
            case "u32 shr" -> Integer.toUnsignedLong(Arith.shrU32(ia, b, LOC));
            case "u32 pow" -> Integer.toUnsignedLong(Arith.powU32(ia, ib, LOC));
            case "u64 add" -> Arith.addU64(a, b, LOC);
            case "u64 sub" -> Arith.subU64(a, b, LOC);
            case "u64 mul" -> Arith.mulU64(a, b, LOC);
            case "u64 div" -> Arith.divU64(a, b, LOC);
            case "u64 rem" -> Arith.remU64(a, b, LOC);
            case "u64 shl" -> Arith.shlU64(a, b, LOC);
            case "u64 shr" -> Arith.shrU64(a, b, LOC);
            case "u64 pow" -> Arith.powU64(a, ib, LOC);
            default -> throw new AssertionError(type + " " + op);
        };
        return unsigned ? Long.toUnsignedString(r) : Long.toString(r);
    }

    /** Renders an int-represented value of the given type. */
    private static String show(int v, int bits, boolean signed) {
        return signed || bits < 32 ? Integer.toString(v) : Integer.toUnsignedString(v);
    }

    private static int wrap(long v, int bits, boolean signed) {
        return switch (bits) {
            case 8 -> signed ? Arith.wrapI8((int) v) : Arith.wrapU8((int) v);
            case 16 -> signed ? Arith.wrapI16((int) v) : Arith.wrapU16((int) v);
            default -> (int) v;
        };
    }

    /** {@link IntOps} for types of at most 32 bits; null for operator cases. */
    static String libraryOp(String op, int a, int b, int bits, boolean signed) {
        return switch (op) {
            case "sat_add" -> show(IntOps.saturatingAdd(a, b, bits, signed), bits, signed);
            case "sat_sub" -> show(IntOps.saturatingSub(a, b, bits, signed), bits, signed);
            case "sat_mul" -> show(IntOps.saturatingMul(a, b, bits, signed), bits, signed);
            case "chk_add" -> IntOps.addOverflows(a, b, bits, signed) ? "None" : "Some(" + show(wrap((long) a + b, bits, signed), bits, signed) + ")";
            case "chk_sub" -> IntOps.subOverflows(a, b, bits, signed) ? "None" : "Some(" + show(wrap((long) a - b, bits, signed), bits, signed) + ")";
            case "chk_mul" -> IntOps.mulOverflows(a, b, bits, signed) ? "None" : "Some(" + show(wrap((long) a * b, bits, signed), bits, signed) + ")";
            case "chk_div" -> IntOps.divFails(a, b, bits, signed) ? "None"
                    : "Some(" + show(signed || bits < 32 ? a / b : Integer.divideUnsigned(a, b), bits, signed) + ")";
            case "rem_euclid" -> show(IntOps.remEuclid(a, b, bits, signed, LOC), bits, signed);
            case "div_euclid" -> show(IntOps.divEuclid(a, b, bits, signed, LOC), bits, signed);
            case "abs_diff" -> show(IntOps.absDiff(a, b, bits, signed), bits, false);
            default -> null;
        };
    }

    static String libraryOp64(String op, long a, long b, boolean signed) {
        java.util.function.LongFunction<String> s = v -> signed ? Long.toString(v) : Long.toUnsignedString(v);
        return switch (op) {
            case "sat_add" -> s.apply(IntOps.saturatingAdd64(a, b, signed));
            case "sat_sub" -> s.apply(IntOps.saturatingSub64(a, b, signed));
            case "sat_mul" -> s.apply(IntOps.saturatingMul64(a, b, signed));
            case "chk_add" -> IntOps.addOverflows64(a, b, signed) ? "None" : "Some(" + s.apply(a + b) + ")";
            case "chk_sub" -> IntOps.subOverflows64(a, b, signed) ? "None" : "Some(" + s.apply(a - b) + ")";
            case "chk_mul" -> IntOps.mulOverflows64(a, b, signed) ? "None" : "Some(" + s.apply(a * b) + ")";
            case "chk_div" -> IntOps.divFails64(a, b, signed) ? "None"
                    : "Some(" + s.apply(signed ? a / b : Long.divideUnsigned(a, b)) + ")";
            case "rem_euclid" -> s.apply(IntOps.remEuclid64(a, b, signed, LOC));
            case "div_euclid" -> s.apply(IntOps.divEuclid64(a, b, signed, LOC));
            case "abs_diff" -> Long.toUnsignedString(IntOps.absDiff64(a, b, signed));
            default -> null;
        };
    }
}
