package brisk.runtime;

/** {@code alloc::string::FromUtf8Error}: the rejected bytes and why, printed as std prints them. */
public record FromUtf8Error(RVec bytes, Utf8Error error) {
    public String display() {
        return error.display();
    }

    public void debug(Formatter f) {
        f.debugStruct("FromUtf8Error")
                .field("bytes", g -> Fmt.debugSlice(g, bytes.asSlice(), (h, v) -> Fmt.debugUnsigned(h, (Integer) v, 8)))
                .field("error", error::debug)
                .finish();
    }
}
