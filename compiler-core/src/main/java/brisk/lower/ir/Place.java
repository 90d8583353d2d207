package brisk.lower.ir;

/**
 * Somewhere a value lives: read with {@link IrExpr.Read}, written with {@link IrStmt.Assign}.
 * Reading a place yields the value itself (for an ADT, the object: sharing it is a move; a
 * by-value copy of a Copy type is an explicit {@link IrExpr.Copy}).
 */
public sealed interface Place {

    IrType type();

    /** Local {@code index} of the current function; {@code type} repeats its declared type. */
    record Local(int index, IrType type) implements Place {}

    /** The Rust {@code static} {@code path} (see {@link IrStatic}); {@code type} repeats its type. */
    record Static(IrPath path, IrType type) implements Place {}

    /** A field of the struct or enum-variant object {@code base} evaluates to. */
    record Field(IrExpr base, FieldRef field) implements Place {
        @Override
        public IrType type() {
            return field.type();
        }
    }

    /** Element {@code index} of the tuple {@code base} evaluates to ({@code t.0}). */
    record TupleField(IrExpr base, int index) implements Place {
        public TupleField {
            if (!(base.type() instanceof IrType.Tuple t) || index < 0 || index >= t.elements().size()) {
                throw new IllegalArgumentException("no element " + index + " in " + base.type());
            }
        }

        @Override
        public IrType type() {
            return ((IrType.Tuple) base.type()).elements().get(index);
        }
    }

    /** The value inside the cell {@code cell} (of type {@link IrType.Ref}) evaluates to. */
    record Deref(IrExpr cell) implements Place {
        public Deref {
            if (!(cell.type() instanceof IrType.Ref)) {
                throw new IllegalArgumentException("deref of non-cell " + cell.type());
            }
        }

        @Override
        public IrType type() {
            return ((IrType.Ref) cell.type()).pointee();
        }
    }

    /**
     * Element {@code index} (a {@code usize}) of the array {@code array}; out of bounds panics
     * with Rust's message at {@code location}.
     */
    record Index(IrExpr array, IrExpr index, String location) implements Place {
        public Index {
            if (!(array.type() instanceof IrType.Array)) {
                throw new IllegalArgumentException("index into non-array " + array.type());
            }
            if (!index.type().equals(IrType.USIZE)) {
                throw new IllegalArgumentException("array index must be usize, not " + index.type());
            }
        }

        @Override
        public IrType type() {
            return ((IrType.Array) array.type()).element();
        }
    }
}
