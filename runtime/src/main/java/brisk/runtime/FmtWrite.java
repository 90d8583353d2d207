package brisk.runtime;

/**
 * Rust's {@code fmt::Write}: a sink for UTF-8 text. {@link RString} implements it (so
 * {@code write!(string, …)} and {@code format!} write straight into a String) and so does the
 * pretty-printing indenter used by the Debug builders.
 */
public interface FmtWrite {
    /** Appends valid UTF-8 bytes {@code b[off, off+len)}. */
    void writeUtf8(byte[] b, int off, int len);

    /** Appends one char (a Unicode scalar value). */
    void writeChar(int cp);

    /** Appends a Java string (literal text from generated code) as UTF-8. */
    default void writeStr(String s) {
        for (int i = 0, n = s.length(); i < n; ) {
            int cp = s.codePointAt(i);
            writeChar(cp);
            i += Character.charCount(cp);
        }
    }

    default void writeStr(RStr s) {
        writeUtf8(s.bytes(), s.offset(), s.byteLength());
    }
}
