package brisk.codegen;

import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.lang.classfile.TypeKind;

/**
 * Every name generated code uses from the runtime library ({@code runtime/}, package
 * {@code brisk.runtime}); compiler-core has no compile-time dependency on it. Keep in sync with
 * the runtime's public API.
 */
final class RuntimeApi {
    static final ClassDesc ARITH = ClassDesc.of("brisk.runtime.Arith");
    static final ClassDesc CASTS = ClassDesc.of("brisk.runtime.Casts");
    static final ClassDesc PANIC = ClassDesc.of("brisk.runtime.Panic");
    static final ClassDesc RT = ClassDesc.of("brisk.runtime.Rt");
    static final ClassDesc BOUNDS = ClassDesc.of("brisk.runtime.Bounds");

    /** {@code Panic panic(String message, String location)}: runs the hook, returns the throwable. */
    static final MethodTypeDesc PANIC_PANIC =
            MethodTypeDesc.of(PANIC, ConstantDescs.CD_String, ConstantDescs.CD_String);
    /** {@code int index(long index, long len, String location)}: the checked index, or a panic. */
    static final MethodTypeDesc BOUNDS_INDEX = MethodTypeDesc.of(ConstantDescs.CD_int, ConstantDescs.CD_long,
            ConstantDescs.CD_long, ConstantDescs.CD_String);
    /** {@code void main(Runnable main, String binaryName)}: runs Rust main and exits the process. */
    static final MethodTypeDesc RT_MAIN =
            MethodTypeDesc.of(ConstantDescs.CD_void, ClassDesc.of("java.lang.Runnable"), ConstantDescs.CD_String);

    static final String DIVIDE_BY_ZERO = "attempt to divide by zero";
    static final String REMAINDER_BY_ZERO = "attempt to calculate the remainder with a divisor of zero";

    private RuntimeApi() {}

    /**
     * The cell class for a {@code &mut} of a value of JVM kind {@code kind}: {@code RefInt},
     * {@code RefLong}, {@code RefFloat}, {@code RefDouble} or {@code RefObj}, each with a public
     * constructor taking the initial value, {@code get()} and {@code set(value)}
     * ({@code RefObj} holds an {@code Object}).
     */
    static ClassDesc cellClass(TypeKind kind) {
        return ClassDesc.of("brisk.runtime." + switch (kind) {
            case INT -> "RefInt";
            case LONG -> "RefLong";
            case FLOAT -> "RefFloat";
            case DOUBLE -> "RefDouble";
            case REFERENCE -> "RefObj";
            default -> throw new IllegalArgumentException("no cell for " + kind);
        });
    }

    /** The value type a cell class's {@code get}/{@code set} use. */
    static ClassDesc cellValue(TypeKind kind) {
        return switch (kind) {
            case INT -> ConstantDescs.CD_int;
            case LONG -> ConstantDescs.CD_long;
            case FLOAT -> ConstantDescs.CD_float;
            case DOUBLE -> ConstantDescs.CD_double;
            case REFERENCE -> ConstantDescs.CD_Object;
            default -> throw new IllegalArgumentException("no cell for " + kind);
        };
    }
}
