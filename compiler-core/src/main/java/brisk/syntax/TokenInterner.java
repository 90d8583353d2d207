package brisk.syntax;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Shares one {@link GreenToken} per distinct (kind, text) within a parse, looked up directly by the
 * token's UTF-8 bytes so that a repeated identifier or whitespace run allocates no new String.
 */
final class TokenInterner {
    private final byte[] src;
    /** Open-addressing table of indexes into the entry arrays, -1 when empty; size is a power of two. */
    private int[] table = new int[1024];
    private GreenToken[] tokens = new GreenToken[512];
    private int[] starts = new int[512];
    private int[] hashes = new int[512];
    private int size;

    TokenInterner(byte[] src) {
        this.src = src;
        Arrays.fill(table, -1);
    }

    GreenToken intern(SyntaxKind kind, int start, int end) {
        int h = kind.ordinal();
        for (int i = start; i < end; i++) {
            h = h * 31 + src[i];
        }
        h ^= h >>> 16;
        int mask = table.length - 1;
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            int e = table[slot];
            if (e < 0) {
                GreenToken token = new GreenToken(kind,
                        new String(src, start, end - start, StandardCharsets.UTF_8), end - start);
                add(slot, token, start, h);
                return token;
            }
            GreenToken t = tokens[e];
            if (hashes[e] == h && t.kind() == kind && t.width() == end - start
                    && Arrays.equals(src, starts[e], starts[e] + t.width(), src, start, end)) {
                return t;
            }
        }
    }

    private void add(int slot, GreenToken token, int start, int hash) {
        if (size == tokens.length) {
            tokens = Arrays.copyOf(tokens, size * 2);
            starts = Arrays.copyOf(starts, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        tokens[size] = token;
        starts[size] = start;
        hashes[size] = hash;
        table[slot] = size;
        size++;
        if (size * 2 > table.length) {
            rehash();
        }
    }

    private void rehash() {
        int[] bigger = new int[table.length * 2];
        Arrays.fill(bigger, -1);
        int mask = bigger.length - 1;
        for (int e = 0; e < size; e++) {
            int slot = hashes[e] & mask;
            while (bigger[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            bigger[slot] = e;
        }
        table = bigger;
    }
}
