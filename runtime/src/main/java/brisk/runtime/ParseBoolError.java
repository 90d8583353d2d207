package brisk.runtime;

/** {@code core::str::ParseBoolError}: Display and Debug as std prints them. */
public record ParseBoolError() {
    static final ParseBoolError INSTANCE = new ParseBoolError();

    public String display() {
        return Parse.PARSE_BOOL_ERROR;
    }

    public void debug(Formatter f) {
        f.debugStruct("ParseBoolError").finish();
    }
}
