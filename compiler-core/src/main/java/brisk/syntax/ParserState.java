package brisk.syntax;

import static brisk.syntax.SyntaxKind.*;

import brisk.base.TextRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The mutable state of one parse: a cursor over the non-trivia tokens and the event buffer that the
 * grammar appends to. The grammar never builds nodes itself: it emits start/finish/token events
 * (in the style of rust-analyzer), and {@link TreeBuilder} turns them into a green tree, weaving
 * trivia back in.
 *
 * <p>Compound punctuation is recognised here: {@code at(SHR)} is true when two {@code >} tokens are
 * adjacent with nothing between them, and {@code bump(SHR)} emits one token made of both. A generic
 * argument list simply asks for {@code GT}, so {@code >>} closes two lists.
 *
 * <p>Termination guard: every lookahead spends "fuel" and every consumed token refills it. If the
 * grammar ever looks ahead many thousands of times without progress (a grammar bug), the cursor
 * reports EOF from then on, which ends every loop; the unconsumed tokens are still put into the
 * tree by {@link TreeBuilder}, so the result stays lossless.
 */
final class ParserState {
    private static final int FUEL = 10_000;
    /** Maximum nesting of recursive rules; deeper input is skipped as an ERROR (no stack overflow). */
    private static final int MAX_NESTING = 256;

    static final int EV_START = 0;
    static final int EV_FINISH = 1;
    static final int EV_TOKEN = 2;

    private final LexedText lexed;
    /** Kinds (ordinals) of the non-trivia tokens. */
    private final int[] kinds;
    /** Index of each non-trivia token in {@link #lexed}. */
    private final int[] rawIndex;
    /** Whether non-trivia token i is immediately followed by token i+1 (no trivia between). */
    private final boolean[] joint;
    private final int count;
    private int pos;
    private int fuel = FUEL;
    private boolean stuck;
    private int nesting;

    // Event buffer: parallel arrays (type, a, b).
    private int[] evType = new int[256];
    private int[] evA = new int[256];
    private int[] evB = new int[256];
    private int evCount;

    private final List<SyntaxError> errors = new ArrayList<>();
    /** Start events of MACRO_EXPR nodes invoked with braces (block-like in statement position). */
    private final java.util.BitSet bracedMacros = new java.util.BitSet();
    /** Start events of BLOCK_EXPRs that are not block-like in statement position (async blocks). */
    private final java.util.BitSet notBlockLike = new java.util.BitSet();

    ParserState(LexedText lexed) {
        this.lexed = lexed;
        int n = lexed.count();
        int[] ks = new int[n];
        int[] raw = new int[n];
        boolean[] jt = new boolean[n];
        int c = 0;
        for (int i = 0; i < n; i++) {
            SyntaxKind k = lexed.kind(i);
            if (k.isTrivia()) {
                continue;
            }
            ks[c] = k.ordinal();
            raw[c] = i;
            jt[c] = i + 1 < n && !lexed.kind(i + 1).isTrivia();
            c++;
        }
        this.kinds = ks;
        this.rawIndex = raw;
        this.joint = jt;
        this.count = c;
    }

    /** Number of tokens consumed so far; used by loops to detect lack of progress. */
    int position() {
        return pos;
    }

    LexedText lexed() {
        return lexed;
    }

    List<SyntaxError> errors() {
        return errors;
    }

    // ----- lookahead

    /** Kind of the single (unglued) token {@code n} positions ahead. */
    SyntaxKind nth(int n) {
        if (fuel-- <= 0) {
            stuck = true;
        }
        int i = pos + n;
        if (stuck || i >= count) {
            return EOF;
        }
        return SyntaxKind.of(kinds[i]);
    }

    SyntaxKind current() {
        return nth(0);
    }

    boolean at(SyntaxKind kind) {
        return nthAt(0, kind);
    }

    boolean atEnd() {
        return current() == EOF;
    }

    boolean nthAt(int n, SyntaxKind kind) {
        if (kind.compareTo(COLON2) < 0 || kind.compareTo(DOT2EQ) > 0) {
            return nth(n) == kind;
        }
        return switch (kind) {
            case COLON2 -> atComposite(n, COLON, COLON);
            case THIN_ARROW -> atComposite(n, MINUS, GT);
            case FAT_ARROW -> atComposite(n, EQ, GT);
            case EQ2 -> atComposite(n, EQ, EQ);
            case NEQ -> atComposite(n, BANG, EQ);
            case LTEQ -> atComposite(n, LT, EQ);
            case GTEQ -> atComposite(n, GT, EQ);
            case AMP2 -> atComposite(n, AMP, AMP);
            case PIPE2 -> atComposite(n, PIPE, PIPE);
            case PLUSEQ -> atComposite(n, PLUS, EQ);
            case MINUSEQ -> atComposite(n, MINUS, EQ);
            case STAREQ -> atComposite(n, STAR, EQ);
            case SLASHEQ -> atComposite(n, SLASH, EQ);
            case PERCENTEQ -> atComposite(n, PERCENT, EQ);
            case CARETEQ -> atComposite(n, CARET, EQ);
            case AMPEQ -> atComposite(n, AMP, EQ);
            case PIPEEQ -> atComposite(n, PIPE, EQ);
            case SHL -> atComposite(n, LT, LT);
            case SHR -> atComposite(n, GT, GT);
            case SHLEQ -> atComposite3(n, LT, LT, EQ);
            case SHREQ -> atComposite3(n, GT, GT, EQ);
            case DOT2 -> atComposite(n, DOT, DOT);
            case DOT3 -> atComposite3(n, DOT, DOT, DOT);
            case DOT2EQ -> atComposite3(n, DOT, DOT, EQ);
            default -> nth(n) == kind;
        };
    }

    private boolean atComposite(int n, SyntaxKind a, SyntaxKind b) {
        return nth(n) == a && nth(n + 1) == b && joint[pos + n];
    }

    private boolean atComposite3(int n, SyntaxKind a, SyntaxKind b, SyntaxKind c) {
        return nth(n) == a && nth(n + 1) == b && nth(n + 2) == c && joint[pos + n] && joint[pos + n + 1];
    }

    boolean atTs(TokenSet set) {
        return set.contains(current());
    }

    boolean nthAtTs(int n, TokenSet set) {
        return set.contains(nth(n));
    }

    /** Whether token {@code n} ahead is the identifier {@code kw} (a contextual keyword like {@code union}). */
    boolean nthAtContextualKw(int n, String kw) {
        return nth(n) == IDENT && lexed.textEquals(rawIndex[pos + n], kw);
    }

    boolean atContextualKw(String kw) {
        return nthAtContextualKw(0, kw);
    }

    /** Whether token {@code n} ahead is directly followed by token {@code n + 1}. */
    boolean isJoint(int n) {
        int i = pos + n;
        return i < count && joint[i];
    }

    private static int rawTokenCount(SyntaxKind kind) {
        return switch (kind) {
            case SHLEQ, SHREQ, DOT3, DOT2EQ -> 3;
            case COLON2, THIN_ARROW, FAT_ARROW, EQ2, NEQ, LTEQ, GTEQ, AMP2, PIPE2, PLUSEQ, MINUSEQ, STAREQ,
                 SLASHEQ, PERCENTEQ, CARETEQ, AMPEQ, PIPEEQ, SHL, SHR, DOT2 -> 2;
            default -> 1;
        };
    }

    // ----- consuming

    /**
     * Consumes {@code kind}, which the grammar has already checked is next. Should that ever be
     * wrong, it degrades to an error rather than an exception (parsing never throws).
     */
    void bump(SyntaxKind kind) {
        if (!eat(kind)) {
            error("expected " + describe(kind) + ", found " + describeCurrent());
        }
    }

    void bumpAny() {
        SyntaxKind k = current();
        if (k == EOF) {
            return;
        }
        doBump(k, 1);
    }

    /** Consumes the current single token but records it with kind {@code kind}. */
    void bumpRemap(SyntaxKind kind) {
        if (current() == EOF) {
            return;
        }
        doBump(kind, 1);
    }

    boolean eat(SyntaxKind kind) {
        if (!at(kind)) {
            return false;
        }
        doBump(kind, rawTokenCount(kind));
        return true;
    }

    private void doBump(SyntaxKind kind, int n) {
        pos += n;
        fuel = FUEL;
        push(EV_TOKEN, kind.ordinal(), n);
    }

    boolean expect(SyntaxKind kind) {
        if (eat(kind)) {
            return true;
        }
        error("expected " + describe(kind) + ", found " + describeCurrent());
        return false;
    }

    // ----- nesting guard

    /**
     * Enters a recursive rule. Returns false (and reports and skips the construct at the cursor,
     * iteratively) when the input nests too deeply; the caller must then return without calling
     * {@link #exit()}.
     */
    boolean enter() {
        if (nesting < MAX_NESTING) {
            nesting++;
            return true;
        }
        error("this code is nested too deeply to be parsed");
        Marker m = start();
        int open = 0;
        do {
            SyntaxKind k = current();
            if (k == L_PAREN || k == L_BRACK || k == L_CURLY) {
                open++;
            } else if (k == R_PAREN || k == R_BRACK || k == R_CURLY) {
                if (open == 0) {
                    break;
                }
                open--;
            }
            bumpAny();
        } while (open > 0 && !atEnd());
        m.complete(this, ERROR);
        return false;
    }

    void exit() {
        nesting--;
    }

    // ----- errors

    void error(String message) {
        errors.add(new SyntaxError(message, currentRange()));
    }

    /** Reports {@code message} and wraps the current token into an ERROR node. */
    void errAndBump(String message) {
        error(message);
        if (!atEnd()) {
            Marker m = start();
            bumpAny();
            m.complete(this, ERROR);
        }
    }

    /**
     * Reports {@code message}; if the current token is a brace or in {@code recovery}, leaves it for
     * an enclosing rule, otherwise skips it inside an ERROR node.
     */
    void errRecover(String message, TokenSet recovery) {
        if (at(L_CURLY) || at(R_CURLY) || atTs(recovery) || atEnd()) {
            error(message);
            return;
        }
        errAndBump(message);
    }

    TextRange currentRange() {
        if (pos < count && !stuck) {
            int raw = rawIndex[pos];
            return new TextRange(lexed.start(raw), lexed.end(raw));
        }
        return TextRange.at(lexed.textLength());
    }

    /** rustc's description of the current token: {@code `{`}, {@code keyword `let`}, {@code `<eof>`}. */
    String describeCurrent() {
        SyntaxKind k = current();
        if (k == EOF) {
            return "`<eof>`";
        }
        String text = lexed.text(rawIndex[pos]);
        if (k.isKeyword()) {
            return "keyword `" + text + "`";
        }
        if (k.isPunct()) {
            for (SyntaxKind compound : COMPOUND_BY_LENGTH) {
                if (at(compound)) {
                    return "`" + compound.fixedText() + "`";
                }
            }
        }
        return "`" + text + "`";
    }

    private static final SyntaxKind[] COMPOUND_BY_LENGTH = {
        SHLEQ, SHREQ, DOT3, DOT2EQ, COLON2, THIN_ARROW, FAT_ARROW, EQ2, NEQ, LTEQ, GTEQ, AMP2, PIPE2, PLUSEQ,
        MINUSEQ, STAREQ, SLASHEQ, PERCENTEQ, CARETEQ, AMPEQ, PIPEEQ, SHL, SHR, DOT2
    };

    static String describe(SyntaxKind kind) {
        if (kind.fixedText() != null) {
            return "`" + kind.fixedText() + "`";
        }
        return switch (kind) {
            case IDENT -> "identifier";
            case LIFETIME_IDENT -> "lifetime";
            default -> kind.name().toLowerCase();
        };
    }

    void noteBracedMacro(int eventPos) {
        bracedMacros.set(eventPos);
    }

    boolean isBracedMacro(int eventPos) {
        return bracedMacros.get(eventPos);
    }

    void noteNotBlockLike(int eventPos) {
        notBlockLike.set(eventPos);
    }

    boolean isNotBlockLike(int eventPos) {
        return notBlockLike.get(eventPos);
    }

    // ----- events

    private void push(int type, int a, int b) {
        if (evCount == evType.length) {
            int n = evCount * 2;
            evType = Arrays.copyOf(evType, n);
            evA = Arrays.copyOf(evA, n);
            evB = Arrays.copyOf(evB, n);
        }
        evType[evCount] = type;
        evA[evCount] = a;
        evB[evCount] = b;
        evCount++;
    }

    Marker start() {
        int p = evCount;
        push(EV_START, TOMBSTONE.ordinal(), 0);
        return new Marker(p);
    }

    int eventCount() {
        return evCount;
    }

    int eventType(int i) {
        return evType[i];
    }

    int eventA(int i) {
        return evA[i];
    }

    int eventB(int i) {
        return evB[i];
    }

    /** Turns start event {@code i} into a TOMBSTONE without forward parent, which replay skips. */
    void tombstone(int i) {
        evA[i] = TOMBSTONE.ordinal();
        evB[i] = 0;
    }

    /** A started node: must be completed or abandoned. */
    record Marker(int pos) {
        CompletedMarker complete(ParserState p, SyntaxKind kind) {
            p.evA[pos] = kind.ordinal();
            p.push(EV_FINISH, 0, 0);
            return new CompletedMarker(pos, kind);
        }

        void abandon(ParserState p) {
            if (pos == p.evCount - 1) {
                p.evCount--;
            }
            // Otherwise the start stays a TOMBSTONE without a finish and is skipped by the builder.
        }
    }

    /** A finished node, which can still be wrapped by a new parent via {@link #precede}. */
    record CompletedMarker(int pos, SyntaxKind kind) {
        /** Starts a node that will become this node's parent (e.g. the BIN_EXPR around a left operand). */
        Marker precede(ParserState p) {
            Marker m = p.start();
            p.evB[pos] = m.pos() - pos;
            return m;
        }

        /** Changes the kind of this already-completed node. */
        CompletedMarker changeKind(ParserState p, SyntaxKind newKind) {
            p.evA[pos] = newKind.ordinal();
            return new CompletedMarker(pos, newKind);
        }
    }
}
