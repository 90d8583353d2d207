package brisk.codegen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import brisk.lower.ir.ArithOp;
import brisk.lower.ir.CmpOp;
import brisk.lower.ir.IntKind;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrFunction;
import brisk.lower.ir.IrModule;
import brisk.lower.ir.IrPath;
import brisk.lower.ir.IrType;
import brisk.lower.ir.Overflow;
import brisk.lower.ir.Place;
import brisk.lower.ir.UnOp;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Data-driven: every row of {@code scalar-ops.txt} (printed by rustc from {@code scalar-ops.rs}) is
 * one wrapping operator, comparison or {@code as} cast on edge values; the generated code must
 * give rustc's result bit for bit. One IR function per (operator, types); functions that call
 * the runtime ({@code Casts}, or the zero-divisor panic of division) run only when it is present.
 */
class ScalarOpsTest {
    private static final IrPath PLAIN = IrPath.of("ops", "plain");
    private static final IrPath WITH_RUNTIME = IrPath.of("ops", "rt");

    private record Row(String a, String b, String expected) {}

    private record Group(String op, IrType type, IrType other) {
        String fnName() {
            return op + "$" + name(type) + (other == null ? "" : "$" + name(other));
        }

        boolean unary() {
            return op.equals("neg") || op.equals("not") || op.equals("cast");
        }

        IrType resultType() {
            return switch (op) {
                case "lt", "le", "gt", "ge", "eq", "ne" -> IrType.BOOL;
                case "cast" -> other;
                default -> type;
            };
        }

        boolean needsRuntime() {
            if ((op.equals("div") || op.equals("rem")) && type instanceof IrType.Int) {
                return true;
            }
            if (op.equals("cast") && isFloat(type) && other instanceof IrType.Int i) {
                return !(i.kind().signed() && i.kind().bits() >= 32);
            }
            return op.equals("cast") && type instanceof IrType.Int i && i.kind().isLong() && !i.kind().signed()
                    && isFloat(other);
        }
    }

    @TestFactory
    Stream<DynamicTest> scalarOperationsMatchRustc() throws IOException {
        Map<Group, List<Row>> groups = readTable();
        boolean runtime = Loaded.runtimePresent();
        var plain = new ArrayList<IrFunction>();
        var withRuntime = new ArrayList<IrFunction>();
        for (Group g : groups.keySet()) {
            (g.needsRuntime() ? withRuntime : plain).add(function(g));
        }
        var functions = new ArrayList<>(plain);
        if (runtime) {
            functions.addAll(withRuntime);
        }
        Loaded loaded = Loaded.compile(IrModule.library(functions, List.of()));
        var tests = new ArrayList<DynamicTest>();
        for (var e : groups.entrySet()) {
            Group g = e.getKey();
            if (g.needsRuntime() && !runtime) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(g.fnName() + " (" + e.getValue().size() + " rows)", () -> {
                var failures = new ArrayList<String>();
                IrPath module = g.needsRuntime() ? WITH_RUNTIME : PLAIN;
                for (Row row : e.getValue()) {
                    Object result = g.unary()
                            ? loaded.call(module, g.fnName(), jvmValue(g.type(), row.a()))
                            : loaded.call(module, g.fnName(), jvmValue(g.type(), row.a()),
                                    jvmValue(shiftOrSame(g), row.b()));
                    Object expected = jvmValue(g.resultType(), row.expected());
                    if (!sameBits(expected, result)) {
                        failures.add(row.a() + (g.unary() ? "" : ", " + row.b()) + ": expected " + row.expected()
                                + " (" + expected + ") got " + result);
                    }
                }
                assertTrue(failures.isEmpty(), g.fnName() + ": " + failures.subList(0, Math.min(10, failures.size())));
            }));
        }
        return tests.stream();
    }

    private static IrType shiftOrSame(Group g) {
        return g.op().equals("shl") || g.op().equals("shr") ? IrType.U32 : g.type();
    }

    private static IrFunction function(Group g) {
        var fn = new Ir.Fn(g.needsRuntime() ? WITH_RUNTIME : PLAIN, g.fnName(), g.resultType());
        Place.Local a = fn.param(g.type());
        IrExpr left = Ir.read(a);
        IrExpr body;
        if (g.unary()) {
            body = switch (g.op()) {
                case "neg" -> new IrExpr.Unary(UnOp.NEG, left, Overflow.WRAPPING, Ir.LOC);
                case "not" -> new IrExpr.Unary(UnOp.NOT, left, Overflow.WRAPPING, Ir.LOC);
                default -> new IrExpr.Cast(left, g.other());
            };
        } else {
            IrExpr right = Ir.read(fn.param(shiftOrSame(g)));
            body = switch (g.op()) {
                case "lt" -> Ir.cmp(CmpOp.LT, left, right);
                case "le" -> Ir.cmp(CmpOp.LE, left, right);
                case "gt" -> Ir.cmp(CmpOp.GT, left, right);
                case "ge" -> Ir.cmp(CmpOp.GE, left, right);
                case "eq" -> Ir.cmp(CmpOp.EQ, left, right);
                case "ne" -> Ir.cmp(CmpOp.NE, left, right);
                default -> new IrExpr.Arith(ArithOp.valueOf(g.op().toUpperCase()), g.type(), left, right,
                        Overflow.WRAPPING, Ir.LOC);
            };
        }
        return fn.add(Ir.block(Ir.ret(body))).build();
    }

    private static Map<Group, List<Row>> readTable() throws IOException {
        var groups = new LinkedHashMap<Group, List<Row>>();
        try (var in = ScalarOpsTest.class.getResourceAsStream("scalar-ops.txt");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] f = line.split(" ");
                Group g = f[0].equals("cast")
                        ? new Group("cast", type(f[1]), type(f[3]))
                        : new Group(f[0], type(f[1]), null);
                groups.computeIfAbsent(g, _ -> new ArrayList<>()).add(new Row(f[2], f[3], f[4]));
            }
        }
        return groups;
    }

    private static IrType type(String rust) {
        return switch (rust) {
            case "f32" -> IrType.F32;
            case "f64" -> IrType.F64;
            default -> new IrType.Int(IntKind.valueOf(rust.toUpperCase()));
        };
    }

    private static String name(IrType t) {
        return switch (t) {
            case IrType.Int i -> i.kind().name().toLowerCase();
            case IrType.Float32 _ -> "f32";
            case IrType.Float64 _ -> "f64";
            default -> throw new IllegalArgumentException(t.toString());
        };
    }

    private static boolean isFloat(IrType t) {
        return t instanceof IrType.Float32 || t instanceof IrType.Float64;
    }

    /** The boxed JVM representation of a value printed by Rust. */
    private static Object jvmValue(IrType type, String text) {
        return switch (type) {
            case IrType.Bool _ -> Boolean.parseBoolean(text);
            case IrType.Float32 _ -> (float) parseFloat(text);
            case IrType.Float64 _ -> parseFloat(text);
            case IrType.Int i -> {
                long bits = i.kind().normalize(new BigInteger(text).longValue());
                yield i.kind().isLong() ? (Object) bits : (Object) (int) bits;
            }
            default -> throw new IllegalArgumentException(type.toString());
        };
    }

    private static double parseFloat(String text) {
        return switch (text) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }

    private static boolean sameBits(Object expected, Object actual) {
        return switch (expected) {
            case Float f when actual instanceof Float g -> Float.floatToIntBits(f) == Float.floatToIntBits(g);
            case Double d when actual instanceof Double e -> Double.doubleToLongBits(d) == Double.doubleToLongBits(e);
            default -> expected.equals(actual);
        };
    }
}
