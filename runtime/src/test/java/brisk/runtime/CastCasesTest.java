package brisk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Replays cast-cases.txt (rustc's {@code as} results) using {@link Casts} and plain JVM
 * conversions exactly as codegen is meant to emit them; {@link #cast} documents that mapping.
 */
class CastCasesTest {

    @Test
    void matchesRustcAsCasts() throws IOException {
        List<String> mismatches = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(getClass().getResourceAsStream("/cast-cases.txt")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] p = line.split("\t");
                String actual = encode(p[2], cast(p[0], decode(p[0], p[1]), p[2]));
                if (!actual.equals(p[3])) {
                    mismatches.add(line + "  but brisk gave  " + actual);
                }
            }
        }
        assertEquals(List.of(), mismatches);
    }

    /** Source text to the JVM representation of the Rust type. */
    static Object decode(String type, String s) {
        return switch (type) {
            case "i8", "i16", "i32", "u8", "u16", "char" -> Integer.parseInt(s);
            case "u32" -> Integer.parseUnsignedInt(s);
            case "i64" -> Long.parseLong(s);
            case "u64" -> Long.parseUnsignedLong(s);
            case "f32" -> Float.intBitsToFloat(Integer.parseUnsignedInt(s.substring(2), 16));
            case "f64" -> Double.longBitsToDouble(Long.parseUnsignedLong(s.substring(2), 16));
            case "bool" -> Boolean.parseBoolean(s);
            default -> throw new AssertionError(type);
        };
    }

    static String encode(String type, Object v) {
        return switch (type) {
            case "i8", "i16", "i32", "u8", "u16", "char" -> Integer.toString((Integer) v);
            case "u32" -> Integer.toUnsignedString((Integer) v);
            case "i64" -> Long.toString((Long) v);
            case "u64" -> Long.toUnsignedString((Long) v);
            case "f32" -> "0x" + Integer.toHexString(Float.floatToRawIntBits((Float) v));
            case "f64" -> "0x" + Long.toHexString(Double.doubleToRawLongBits((Double) v));
            default -> throw new AssertionError(type);
        };
    }

    private static boolean signedInt(String t) {
        return t.equals("i8") || t.equals("i16") || t.equals("i32");
    }

    /** The conversion codegen emits for {@code v as dst}. */
    static Object cast(String src, Object v, String dst) {
        if (v instanceof Boolean b) {
            return dst.equals("i32") ? Casts.boolToInt(b) : (Object) Casts.boolToLong(b);
        }
        if (v instanceof Integer i) {
            boolean signed = signedInt(src);
            return switch (dst) {
                case "i8" -> Casts.toI8(i);
                case "i16" -> Casts.toI16(i);
                case "i32", "u32" -> i;
                case "u8" -> Casts.toU8(i);
                case "u16" -> Casts.toU16(i);
                case "char" -> Casts.u8ToChar(i);
                case "i64", "u64" -> signed ? (long) i : Casts.u32ToI64(i);
                case "f32" -> signed ? (float) i : Casts.u32ToF32(i);
                case "f64" -> signed ? (double) i : Casts.u32ToF64(i);
                default -> throw new AssertionError(dst);
            };
        }
        if (v instanceof Long l) {
            boolean signed = src.equals("i64");
            return switch (dst) {
                case "i8" -> Casts.toI8(l);
                case "i16" -> Casts.toI16(l);
                case "i32", "u32" -> Casts.toI32(l);
                case "u8" -> Casts.toU8(l);
                case "u16" -> Casts.toU16(l);
                case "i64", "u64" -> l;
                case "f32" -> signed ? (float) l : Casts.u64ToF32(l);
                case "f64" -> signed ? (double) l : Casts.u64ToF64(l);
                default -> throw new AssertionError(dst);
            };
        }
        if (v instanceof Float f) {
            return switch (dst) {
                case "i8" -> Casts.f32ToI8(f);
                case "i16" -> Casts.f32ToI16(f);
                case "i32" -> Casts.f32ToI32(f);
                case "i64" -> Casts.f32ToI64(f);
                case "u8" -> Casts.f32ToU8(f);
                case "u16" -> Casts.f32ToU16(f);
                case "u32" -> Casts.f32ToU32(f);
                case "u64" -> Casts.f32ToU64(f);
                case "f32" -> f;
                case "f64" -> (double) f;
                default -> throw new AssertionError(dst);
            };
        }
        double d = (Double) v;
        return switch (dst) {
            case "i8" -> Casts.f64ToI8(d);
            case "i16" -> Casts.f64ToI16(d);
            case "i32" -> Casts.f64ToI32(d);
            case "i64" -> Casts.f64ToI64(d);
            case "u8" -> Casts.f64ToU8(d);
            case "u16" -> Casts.f64ToU16(d);
            case "u32" -> Casts.f64ToU32(d);
            case "u64" -> Casts.f64ToU64(d);
            case "f32" -> Casts.f64ToF32(d);
            case "f64" -> d;
            default -> throw new AssertionError(dst);
        };
    }
}
