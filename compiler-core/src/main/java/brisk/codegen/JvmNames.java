package brisk.codegen;

import brisk.lower.ir.IrPath;
import brisk.lower.ir.IrSig;
import brisk.lower.ir.IrType;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.lang.classfile.TypeKind;
import java.util.ArrayList;

/**
 * The mangling of Rust names into JVM names, and IR types into JVM descriptors.
 *
 * <p>Scheme (all classes under package {@code rs/}, which keeps crates out of {@code java/} and
 * away from the runtime's {@code brisk/}):
 * <ul>
 * <li>module {@code c::m} → class {@code rs/c/m/$mod}, its functions static methods by Rust name;
 * <li>struct or enum {@code c::m::S} → class {@code rs/c/m/S}; {@code dyn} trait {@code c::m::Tr}
 * → interface {@code rs/c/m/Tr} (traits share the type namespace), methods per {@link #dynMethod};
 * <li>variant {@code V} of enum {@code c::m::E} → class {@code rs/c/m/E$V};
 * <li>field {@code x} → {@code x}; tuple field {@code 0} → {@code _0};
 * <li>tuple types → shared classes {@code rs/$tuple/Tuple$<kinds>} ({@link #tupleClass});
 * <li>callable types → shared interfaces {@code rs/$fn/Fn$<kinds>$<kind>} ({@link #fnInterface}).
 * </ul>
 * Collision-free because Rust's type namespace holds each name once per module (modules, structs
 * and enums share it), no Rust identifier contains {@code $} (so {@code $mod} and {@code E$V} are
 * never source names; lower's synthetic names must not end in a {@code $Variant} of a sibling enum),
 * and fields and methods live in their own JVM namespaces. Legal because {@link IrPath} rejects
 * the characters JVM names forbid.
 */
public final class JvmNames {
    private static final String ROOT = "rs/";

    private JvmNames() {}

    public static String moduleClass(IrPath module) {
        return ROOT + String.join("/", module.segments()) + "/$mod";
    }

    public static String adtClass(IrPath adt) {
        return ROOT + String.join("/", adt.segments());
    }

    /** The interface of a trait used as {@code dyn}: like an ADT, {@code c::m::Tr} → {@code rs/c/m/Tr}. */
    public static String traitInterface(IrPath trait) {
        return adtClass(trait);
    }

    /**
     * The interface method of trait method {@code method}: {@code method$} plus the trait's path
     * joined by {@code $} ({@code fmt$std$fmt$Display}), so that one class can implement traits
     * with equally named and typed methods, and no trait method meets an ADT's own
     * {@code copy()}/{@code tag()}.
     */
    public static String dynMethod(IrPath trait, String method) {
        return method + "$" + String.join("$", trait.segments());
    }

    public static String variantClass(IrPath enumPath, String variant) {
        return adtClass(enumPath) + "$" + variant;
    }

    /**
     * The class of a tuple shape: {@code rs/$tuple/Tuple$} plus one letter per element's JVM kind
     * ({@code I J F D Z}, {@code L} for any reference), e.g. {@code (i32, String)} →
     * {@code rs/$tuple/Tuple$IL}. Every module that uses a shape emits the same bytes for it.
     */
    public static String tupleClass(IrType.Tuple tuple) {
        var name = new StringBuilder(ROOT).append("$tuple/Tuple$");
        for (IrType e : tuple.elements()) {
            name.append(tupleFieldDesc(e).descriptorString().charAt(0));
        }
        return name.toString();
    }

    /** The erased JVM type of a tuple element's field: a primitive, or {@code Object} for references. */
    public static ClassDesc tupleFieldDesc(IrType element) {
        return kind(element) == TypeKind.REFERENCE ? ConstantDescs.CD_Object : desc(element);
    }

    /**
     * The interface of a callable shape: {@code rs/$fn/Fn$} plus a letter per parameter's JVM
     * kind, {@code $}, and the result's ({@code V} for none), e.g. {@code fn(i32, &str) -> bool} →
     * {@code rs/$fn/Fn$IL$Z}; its one method {@code call} takes and returns erased types
     * ({@link #tupleFieldDesc}).
     */
    public static String fnInterface(IrType.FnPtr fn) {
        if (isRuntimeFnInterface(fn)) {
            return "brisk/runtime/RFn" + fn.sig().params().size();
        }
        var name = new StringBuilder(ROOT).append("$fn/Fn$");
        for (IrType p : fn.sig().params()) {
            if (!p.isVoid()) {
                name.append(tupleFieldDesc(p).descriptorString().charAt(0));
            }
        }
        return name.append('$').append(erasedDesc(fn.sig().result()).descriptorString().charAt(0)).toString();
    }

    /**
     * Whether {@code fn} is an erased callable ({@code Object}s in and out, at most four parameters):
     * one of the runtime's {@code brisk.runtime.RFn0..RFn4} that std support (iterators) calls.
     */
    public static boolean isRuntimeFnInterface(IrType.FnPtr fn) {
        return fn.sig().params().size() <= 4 && fn.sig().result().equals(IrType.OBJECT)
                && fn.sig().params().stream().allMatch(IrType.OBJECT::equals);
    }

    /** The erased method type of a callable shape's {@code call}. */
    public static MethodTypeDesc fnErasedType(IrType.FnPtr fn) {
        var params = new ArrayList<ClassDesc>();
        for (IrType p : fn.sig().params()) {
            if (!p.isVoid()) {
                params.add(tupleFieldDesc(p));
            }
        }
        return MethodTypeDesc.of(erasedDesc(fn.sig().result()), params);
    }

    private static ClassDesc erasedDesc(IrType type) {
        return type.isVoid() ? ConstantDescs.CD_void : tupleFieldDesc(type);
    }

    public static String field(String rustName) {
        return Character.isDigit(rustName.charAt(0)) ? "_" + rustName : rustName;
    }

    /** The JVM type of an IR type; {@code void} for unit and never. */
    public static ClassDesc desc(IrType type) {
        return switch (type) {
            case IrType.Int i -> i.kind().isLong() ? ConstantDescs.CD_long : ConstantDescs.CD_int;
            case IrType.Bool _ -> ConstantDescs.CD_boolean;
            case IrType.Char _ -> ConstantDescs.CD_int;
            case IrType.Float32 _ -> ConstantDescs.CD_float;
            case IrType.Float64 _ -> ConstantDescs.CD_double;
            case IrType.Unit _, IrType.Never _ -> ConstantDescs.CD_void;
            case IrType.Adt a -> ClassDesc.ofInternalName(adtClass(a.path()));
            case IrType.Ref r -> RuntimeApi.cellClass(kind(r.pointee()));
            case IrType.Array a -> arrayComponentDesc(a.element()).arrayType();
            case IrType.Tuple t -> ClassDesc.ofInternalName(tupleClass(t));
            case IrType.FnPtr f -> ClassDesc.ofInternalName(fnInterface(f));
            case IrType.Dyn d -> ClassDesc.ofInternalName(traitInterface(d.trait()));
            case IrType.Obj o -> ClassDesc.ofInternalName(o.internalName());
        };
    }

    /** The kind of JVM value (local slot, stack entry) of an IR type; booleans and chars are ints. */
    public static TypeKind kind(IrType type) {
        return switch (type) {
            case IrType.Int i -> i.kind().isLong() ? TypeKind.LONG : TypeKind.INT;
            case IrType.Bool _, IrType.Char _ -> TypeKind.INT;
            case IrType.Float32 _ -> TypeKind.FLOAT;
            case IrType.Float64 _ -> TypeKind.DOUBLE;
            case IrType.Unit _, IrType.Never _ -> TypeKind.VOID;
            case IrType.Adt _, IrType.Ref _, IrType.Array _, IrType.Tuple _, IrType.FnPtr _, IrType.Dyn _, IrType.Obj _ ->
                    TypeKind.REFERENCE;
        };
    }

    /**
     * The element kind of an array. Arrays store elements at their Rust width: {@code [u8]} and
     * {@code [i8]} are {@code byte[]} (the runtime's byte buffers), {@code [i16]} is
     * {@code short[]}, {@code [u16]} is {@code char[]}, {@code [bool]} is {@code boolean[]}; loads
     * re-normalize ({@code u8} is masked), stores truncate.
     */
    public static TypeKind arrayElementKind(IrType element) {
        return switch (element) {
            case IrType.Bool _ -> TypeKind.BOOLEAN;
            case IrType.Int i -> switch (i.kind()) {
                case I8, U8 -> TypeKind.BYTE;
                case I16 -> TypeKind.SHORT;
                case U16 -> TypeKind.CHAR;
                default -> kind(element);
            };
            default -> kind(element);
        };
    }

    /** The JVM component type of an array of {@code element} (see {@link #arrayElementKind}). */
    public static ClassDesc arrayComponentDesc(IrType element) {
        return switch (arrayElementKind(element)) {
            case BYTE -> ConstantDescs.CD_byte;
            case SHORT -> ConstantDescs.CD_short;
            case CHAR -> ConstantDescs.CD_char;
            default -> desc(element);
        };
    }

    /** The method descriptor of a signature; unit-typed parameters are left out. */
    public static MethodTypeDesc methodType(IrSig sig) {
        var params = new ArrayList<ClassDesc>();
        for (IrType p : sig.params()) {
            if (!p.isVoid()) {
                params.add(desc(p));
            }
        }
        return MethodTypeDesc.of(desc(sig.result()), params);
    }
}
