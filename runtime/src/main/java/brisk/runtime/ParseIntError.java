package brisk.runtime;

/** {@code core::num::ParseIntError}: its kind, Display and Debug text as std prints them. */
public record ParseIntError(Kind kind) {
    public enum Kind { Empty, InvalidDigit, PosOverflow, NegOverflow }

    static final ParseIntError EMPTY = new ParseIntError(Kind.Empty);
    static final ParseIntError INVALID_DIGIT = new ParseIntError(Kind.InvalidDigit);
    static final ParseIntError POS_OVERFLOW = new ParseIntError(Kind.PosOverflow);
    static final ParseIntError NEG_OVERFLOW = new ParseIntError(Kind.NegOverflow);

    /** {@code {}}. */
    public String display() {
        return switch (kind) {
            case Empty -> "cannot parse integer from empty string";
            case InvalidDigit -> "invalid digit found in string";
            case PosOverflow -> "number too large to fit in target type";
            case NegOverflow -> "number too small to fit in target type";
        };
    }

    /** {@code {:?}} (compact; the pretty form is built with {@link Formatter#debugStruct}). */
    public void debug(Formatter f) {
        f.debugStruct("ParseIntError").field("kind", k -> k.writeStr(kind.name())).finish();
    }
}
