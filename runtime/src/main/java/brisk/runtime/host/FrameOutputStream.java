package brisk.runtime.host;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An output stream multiplexed onto a framed channel: each write becomes a frame (kind byte, int length,
 * the bytes), sent at once so the reader sees output as it happens. Shared by the test host and brisk's
 * daemon, whose clients read such frames.
 */
public final class FrameOutputStream extends OutputStream {
    private final DataOutputStream out;
    private final byte kind;

    /** Frames of {@code kind} on {@code out}; writers of several kinds share {@code out}'s lock. */
    public FrameOutputStream(DataOutputStream out, byte kind) {
        this.out = out;
        this.kind = kind;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        synchronized (out) {
            out.writeByte(kind);
            out.writeInt(length);
            out.write(bytes, offset, length);
            out.flush();
        }
    }
}
