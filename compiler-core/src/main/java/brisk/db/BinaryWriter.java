package brisk.db;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable little byte buffer for the cache format: varints, fixed longs, UTF-8 strings. No I/O. */
public final class BinaryWriter {
    private byte[] bytes = new byte[256];
    private int size;

    public void writeByte(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
    }

    public void writeBoolean(boolean b) {
        writeByte(b ? 1 : 0);
    }

    /** Unsigned LEB128 of a zigzag-encoded int. */
    public void writeInt(int value) {
        writeVarLong(((value << 1) ^ (value >> 31)) & 0xFFFFFFFFL);
    }

    public void writeVarLong(long value) {
        ensure(10);
        while ((value & ~0x7FL) != 0) {
            bytes[size++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        bytes[size++] = (byte) value;
    }

    public void writeLong(long value) {
        ensure(8);
        for (int i = 0; i < 8; i++) {
            bytes[size++] = (byte) (value >>> (8 * i));
        }
    }

    public void writeString(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        writeVarLong(utf8.length);
        writeBytes(utf8, 0, utf8.length);
    }

    public void writeBytes(byte[] source, int offset, int length) {
        ensure(length);
        System.arraycopy(source, offset, bytes, size, length);
        size += length;
    }

    public void writeFingerprint(Fingerprint f) {
        writeLong(f.high());
        writeLong(f.low());
    }

    public int size() {
        return size;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    byte[] buffer() {
        return bytes;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
