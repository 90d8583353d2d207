package brisk.runtime;

/** {@code core::char::ParseCharError}: its kind, Display and Debug as std prints them. */
public record ParseCharError(boolean empty) {
    public String display() {
        return empty ? "cannot parse char from empty string" : "too many characters in string";
    }

    public void debug(Formatter f) {
        f.debugStruct("ParseCharError").field("kind", k -> k.writeStr(empty ? "EmptyString" : "TooManyChars")).finish();
    }
}
