package brisk.runtime;

import java.io.IOException;
import java.io.InputStream;

/**
 * {@code std::io::stdin()}: fd 0 behind an 8 KiB buffer (std's BufReader capacity). All methods
 * lock the handle, as {@code Stdin::lock} does.
 */
public final class Stdin {
    /** Returned by the read methods when the bytes read are not valid UTF-8 ({@code ErrorKind::InvalidData}). */
    public static final long INVALID_UTF8 = -1;

    private static final Stdin INSTANCE = new Stdin(Hosting.stdin());

    private final InputStream in;
    private final byte[] buf = new byte[8192];
    private int pos;
    private int limit;

    Stdin(InputStream in) {
        this.in = in;
    }

    public static Stdin get() {
        return INSTANCE;
    }

    private boolean fill() throws IOException {
        if (pos < limit) {
            return true;
        }
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    /**
     * {@code read_line}: appends through the next {@code '\n'} (inclusive) or EOF to {@code out};
     * returns the number of bytes read (0 at EOF), or {@link #INVALID_UTF8} — in which case, as in
     * std, nothing is appended.
     */
    public synchronized long readLine(RString out) {
        RString line = new RString();
        try {
            while (fill()) {
                int start = pos;
                while (pos < limit && buf[pos] != '\n') {
                    pos++;
                }
                boolean found = pos < limit;
                if (found) {
                    pos++;
                }
                line.pushBytes(buf, start, pos - start);
                if (found) {
                    break;
                }
            }
        } catch (IOException e) {
            throw Panic.panic("failed to read from stdin: " + e.getMessage(), "library/std/src/io/stdio.rs");
        }
        return append(out, line);
    }

    /** {@code read_to_string}: appends everything up to EOF; returns the byte count or {@link #INVALID_UTF8}. */
    public synchronized long readToString(RString out) {
        RString all = new RString();
        try {
            while (fill()) {
                all.pushBytes(buf, pos, limit - pos);
                pos = limit;
            }
        } catch (IOException e) {
            throw Panic.panic("failed to read from stdin: " + e.getMessage(), "library/std/src/io/stdio.rs");
        }
        return append(out, all);
    }

    private static long append(RString out, RString read) {
        if (Utf8.validUpTo(read.bytes(), 0, read.byteLength()) >= 0) {
            return INVALID_UTF8;
        }
        out.pushStr(read);
        return read.len();
    }
}
