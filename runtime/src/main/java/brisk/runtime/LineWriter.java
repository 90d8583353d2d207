package brisk.runtime;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Port of std's {@code LineWriterShim} over a 1024-byte {@code BufWriter} (the capacity Rust's
 * stdout uses): a write containing a newline flushes everything up to and including its last
 * newline; the tail stays buffered. Reproducing the exact flush points keeps the order of
 * stdout versus stderr bytes identical to rustc when both go to the same pipe.
 */
final class LineWriter {
    private static final int CAPACITY = 1024;
    private final OutputStream out;
    private final byte[] buf = new byte[CAPACITY];
    private int len;

    LineWriter(OutputStream out) {
        this.out = out;
    }

    synchronized void write(byte[] b, int off, int n) throws IOException {
        int lastNl = -1;
        for (int i = off + n - 1; i >= off; i--) {
            if (b[i] == '\n') {
                lastNl = i;
                break;
            }
        }
        if (lastNl < 0) {
            if (len > 0 && buf[len - 1] == '\n') {
                flushBuf();
            }
            bufferedWrite(b, off, n);
            return;
        }
        flushBuf();
        int lineEnd = lastNl + 1;
        out.write(b, off, lineEnd - off);
        int tail = off + n - lineEnd;
        if (tail > 0) {
            // std buffers as much of the tail as fits and reports a short write; the caller's
            // write_all then writes the remainder through the same path.
            int take = Math.min(tail, CAPACITY - len);
            System.arraycopy(b, lineEnd, buf, len, take);
            len += take;
            if (take < tail) {
                write(b, lineEnd + take, tail - take);
            }
        }
    }

    private void bufferedWrite(byte[] b, int off, int n) throws IOException {
        if (n > CAPACITY - len) {
            flushBuf();
        }
        if (n >= CAPACITY) {
            out.write(b, off, n);
        } else {
            System.arraycopy(b, off, buf, len, n);
            len += n;
        }
    }

    private void flushBuf() throws IOException {
        if (len > 0) {
            out.write(buf, 0, len);
            len = 0;
        }
    }

    synchronized void flush() throws IOException {
        flushBuf();
        out.flush();
    }

    synchronized void discard() {
        len = 0;
    }
}
