package brisk.db;

import java.nio.charset.StandardCharsets;

/**
 * Reads what {@link BinaryWriter} wrote from a byte range. Every read is bounds-checked and throws
 * {@link CorruptCacheException} instead of running off the end, so a damaged file is rejected, not trusted.
 */
public final class BinaryReader {
    private final byte[] bytes;
    private int position;
    private final int end;

    public BinaryReader(byte[] bytes, int offset, int length) {
        if (offset < 0 || length < 0 || offset + length > bytes.length) {
            throw new CorruptCacheException("range out of bounds");
        }
        this.bytes = bytes;
        this.position = offset;
        this.end = offset + length;
    }

    public int readByte() {
        need(1);
        return bytes[position++] & 0xFF;
    }

    public boolean readBoolean() {
        int b = readByte();
        if (b > 1) {
            throw new CorruptCacheException("bad boolean " + b);
        }
        return b == 1;
    }

    public int readInt() {
        long raw = readVarLong();
        if ((raw >>> 32) != 0) {
            throw new CorruptCacheException("int out of range");
        }
        int zigzag = (int) raw;
        return (zigzag >>> 1) ^ -(zigzag & 1);
    }

    public long readVarLong() {
        long result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = readByte();
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
        }
        throw new CorruptCacheException("varint too long");
    }

    /** A non-negative count no larger than what is left to read (each element takes at least one byte). */
    public int readCount() {
        long n = readVarLong();
        if (n < 0 || n > remaining()) {
            throw new CorruptCacheException("count " + n + " exceeds the data");
        }
        return (int) n;
    }

    public long readLong() {
        need(8);
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value |= (long) (bytes[position++] & 0xFF) << (8 * i);
        }
        return value;
    }

    public String readString() {
        int length = readCount();
        String s = new String(bytes, position, length, StandardCharsets.UTF_8);
        position += length;
        return s;
    }

    public Fingerprint readFingerprint() {
        return new Fingerprint(readLong(), readLong());
    }

    public int position() {
        return position;
    }

    public int remaining() {
        return end - position;
    }

    public void skip(int length) {
        need(length);
        position += length;
    }

    byte[] bytes() {
        return bytes;
    }

    private void need(int n) {
        if (n < 0 || n > end - position) {
            throw new CorruptCacheException("unexpected end of data");
        }
    }
}
