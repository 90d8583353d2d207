package brisk.lower.ir;

/**
 * The type of an IR value, detailed enough to pick JVM instructions: integer width and signedness
 * (arithmetic and comparisons are typed), floats, and the JVM class behind every reference.
 * Unit and never have no JVM value at all (void results, no local slot, nothing on the stack).
 */
public sealed interface IrType {

    /** True for types that occupy no JVM value: {@code ()} and {@code !}. */
    default boolean isVoid() {
        return this instanceof Unit || this instanceof Never;
    }

    /** A Rust integer type. */
    record Int(IntKind kind) implements IrType {}

    /** {@code bool}, a JVM {@code boolean} (0 or 1 in an int). */
    record Bool() implements IrType {}

    /** {@code char}, its Unicode scalar value in a JVM {@code int}. */
    record Char() implements IrType {}

    /** {@code f32}, a JVM {@code float}. */
    record Float32() implements IrType {}

    /** {@code f64}, a JVM {@code double}. */
    record Float64() implements IrType {}

    /** {@code ()}: no JVM value. */
    record Unit() implements IrType {}

    /** {@code !}: no JVM value; an expression of this type never completes. */
    record Never() implements IrType {}

    /** A struct or enum generated from Rust: one JVM class (enums: abstract, one subclass per variant). */
    record Adt(IrPath path) implements IrType {}

    /**
     * A mutable cell holding one value of {@code pointee}: the place a {@code &mut} of a local
     * points to. Lower boxes such a local explicitly ({@link IrExpr.NewCell}) and reads and
     * writes it through {@link Place.Deref}.
     */
    record Ref(IrType pointee) implements IrType {
        public Ref {
            if (pointee.isVoid()) {
                throw new IllegalArgumentException("a cell of " + pointee + " holds nothing");
            }
        }
    }

    /**
     * A JVM array of {@code element}: Rust {@code [T; N]} (the length is a runtime value). Narrow
     * integers are stored at their width ({@code [u8]} is a {@code byte[]}); values read are
     * normalized as everywhere else.
     */
    record Array(IrType element) implements IrType {
        public Array {
            if (element.isVoid()) {
                throw new IllegalArgumentException("array of " + element);
            }
        }
    }

    /**
     * A tuple of two or more values (lower drops unit elements, and a 1-tuple may stay one). Its
     * JVM class depends only on the elements' JVM kinds, so equal-shaped tuples share a class.
     */
    record Tuple(java.util.List<IrType> elements) implements IrType {
        public Tuple {
            elements = java.util.List.copyOf(elements);
            if (elements.isEmpty() || elements.stream().anyMatch(IrType::isVoid)) {
                throw new IllegalArgumentException("tuple elements must hold values: " + elements);
            }
        }
    }

    /** A {@code &dyn Trait} / {@code Box<dyn Trait>}: an object implementing the trait's interface ({@link IrTrait}). */
    record Dyn(IrPath trait) implements IrType {}

    /**
     * A callable value: a Rust {@code fn} pointer, or a closure lower has turned into a function
     * taking its captures first ({@link IrExpr.MakeFn}). Its JVM interface depends only on the
     * JVM kinds of the signature, so equal shapes share it.
     */
    record FnPtr(IrSig sig) implements IrType {}

    /**
     * Any other JVM class, by internal name ({@code java/lang/String}, {@code brisk/runtime/RStr}):
     * the runtime's string, vector and formatting types and Java strings for panic messages.
     */
    record Obj(String internalName) implements IrType {
        public Obj {
            if (internalName.isEmpty() || internalName.indexOf('.') >= 0 || internalName.indexOf(';') >= 0
                    || internalName.indexOf('[') >= 0) {
                throw new IllegalArgumentException("not a JVM internal class name: " + internalName);
            }
        }
    }

    Int I8 = new Int(IntKind.I8);
    Int I16 = new Int(IntKind.I16);
    Int I32 = new Int(IntKind.I32);
    Int I64 = new Int(IntKind.I64);
    Int ISIZE = new Int(IntKind.ISIZE);
    Int U8 = new Int(IntKind.U8);
    Int U16 = new Int(IntKind.U16);
    Int U32 = new Int(IntKind.U32);
    Int U64 = new Int(IntKind.U64);
    Int USIZE = new Int(IntKind.USIZE);
    Bool BOOL = new Bool();
    Char CHAR = new Char();
    Float32 F32 = new Float32();
    Float64 F64 = new Float64();
    Unit UNIT = new Unit();
    Never NEVER = new Never();
    Obj JAVA_STRING = new Obj("java/lang/String");
    Obj OBJECT = new Obj("java/lang/Object");
}
