package brisk.db;

/**
 * A streaming 128-bit hash: two 64-bit lanes, each word mixed in with a different multiplier and a
 * murmur-style finalizer. Not cryptographic; built to tell changed data from unchanged data.
 */
public final class FingerprintHasher {
    private static final long P1 = 0x9E3779B97F4A7C15L;
    private static final long P2 = 0xC2B2AE3D27D4EB4FL;
    private long high = 0x243F6A8885A308D3L;
    private long low = 0x13198A2E03707344L;
    private long count;
    private final Fingerprinter fingerprinter;

    FingerprintHasher(Fingerprinter fingerprinter) {
        this.fingerprinter = fingerprinter;
    }

    /** Hashes a nested key or value structurally (see {@link Fingerprinter}). */
    public void putValue(Object value) {
        fingerprinter.hashValue(value, this);
    }

    public void putLong(long word) {
        count++;
        high = Long.rotateLeft(high ^ mix(word * P1), 27) * 5 + 0x52DCE729;
        low = Long.rotateLeft(low ^ mix(word * P2 + count), 31) * 5 + 0x38495AB5;
    }

    public void putInt(int word) {
        putLong(word);
    }

    public void putBoolean(boolean b) {
        putLong(b ? 1 : 0);
    }

    /** Length, then four UTF-16 units per word. */
    public void putString(String s) {
        int n = s.length();
        putLong(n);
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            putLong((long) s.charAt(i) | (long) s.charAt(i + 1) << 16 | (long) s.charAt(i + 2) << 32
                    | (long) s.charAt(i + 3) << 48);
        }
        long tail = 0;
        for (int shift = 0; i < n; i++, shift += 16) {
            tail |= (long) s.charAt(i) << shift;
        }
        putLong(tail);
    }

    Fingerprint finish() {
        long h = mix(high ^ count);
        long l = mix(low + h);
        return new Fingerprint(h, l);
    }

    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xFF51AFD7ED558CCDL;
        k ^= k >>> 33;
        k *= 0xC4CEB9FE1A85EC53L;
        k ^= k >>> 33;
        return k;
    }
}
