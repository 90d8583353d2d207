package brisk.runtime;

/** {@code core::num::ParseFloatError}: its kind, Display and Debug text as std prints them. */
public record ParseFloatError(boolean empty) {
    static final ParseFloatError EMPTY = new ParseFloatError(true);
    static final ParseFloatError INVALID = new ParseFloatError(false);

    public String display() {
        return empty ? "cannot parse float from empty string" : "invalid float literal";
    }

    public void debug(Formatter f) {
        f.debugStruct("ParseFloatError").field("kind", k -> k.writeStr(empty ? "Empty" : "Invalid")).finish();
    }
}
