package brisk.syntax;

/** An immutable set of token kinds as a 128-bit mask (token kinds have ordinals below 128). */
record TokenSet(long lo, long hi) {
    static final TokenSet EMPTY = new TokenSet(0, 0);

    static TokenSet of(SyntaxKind... kinds) {
        long lo = 0;
        long hi = 0;
        for (SyntaxKind k : kinds) {
            int o = k.ordinal();
            if (o >= 128) {
                throw new IllegalArgumentException("not a token kind: " + k);
            }
            if (o < 64) {
                lo |= 1L << o;
            } else {
                hi |= 1L << (o - 64);
            }
        }
        return new TokenSet(lo, hi);
    }

    TokenSet union(TokenSet other) {
        return new TokenSet(lo | other.lo, hi | other.hi);
    }

    boolean contains(SyntaxKind kind) {
        int o = kind.ordinal();
        if (o < 64) {
            return (lo & (1L << o)) != 0;
        }
        return o < 128 && (hi & (1L << (o - 64))) != 0;
    }
}
