package brisk.runtime;

/**
 * {@code core::str::Utf8Error}: {@code errorLen} is 1..3 for {@code Some(n)}, 0 for {@code None}
 * (the input ended inside a char). Build one from a failed {@link Utf8#validate} result.
 */
public record Utf8Error(long validUpTo, int errorLen) {

    /** The error described by a non-negative {@link Utf8#validate} result. */
    public static Utf8Error of(long validateResult) {
        return new Utf8Error(validateResult >>> 2, (int) (validateResult & 3));
    }

    /** {@code {}}. */
    public String display() {
        return errorLen == 0
                ? "incomplete utf-8 byte sequence from index " + validUpTo
                : "invalid utf-8 sequence of " + errorLen + " bytes from index " + validUpTo;
    }

    /** {@code {:?}}. */
    public void debug(Formatter f) {
        f.debugStruct("Utf8Error")
                .field("valid_up_to", g -> Fmt.debugUnsigned(g, validUpTo, 64))
                .field("error_len", g -> {
                    if (errorLen == 0) {
                        g.debugTuple("None").finish();
                    } else {
                        g.debugTuple("Some").field(h -> Fmt.debugUnsigned(h, errorLen, 8)).finish();
                    }
                })
                .finish();
    }
}
