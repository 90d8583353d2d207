package brisk.syntax;

import static brisk.syntax.SyntaxKind.*;

import java.util.Arrays;

/**
 * Replays the parser's events over the lexed tokens and builds the green tree.
 *
 * <p>Trivia placement: whitespace and comments before a node's first token go to the enclosing
 * node, except that comments directly above an item, field or variant (not separated from it by a
 * blank line, unless they are outer doc comments) are attached inside it, so an item's doc comments
 * travel with it. Trivia after the last token goes to the root. Any token the parser did not
 * consume (only possible if the parser's termination guard fired) is put into an ERROR node at the
 * end of the root, so the tree always covers the whole input.
 */
final class TreeBuilder {
    private final LexedText lexed;
    /** Children of all open nodes, innermost last; {@code childCount} is the fill level. */
    private GreenElement[] children = new GreenElement[256];
    private int childCount;
    /** Open nodes: kind ordinal and index of the node's first child in {@link #children}. */
    private int[] openKinds = new int[64];
    private int[] openFirstChild = new int[64];
    private int depth;
    private final TokenInterner interner;
    /** Scratch buffer for the kinds of a node and its forward parents. */
    private int[] forwardKinds = new int[8];
    /** One shared token per keyword/punctuation kind: their text is fixed. */
    private static final GreenToken[] FIXED = new GreenToken[SyntaxKind.values().length];

    static {
        for (SyntaxKind k : SyntaxKind.values()) {
            if (k.fixedText() != null) {
                FIXED[k.ordinal()] = new GreenToken(k, k.fixedText());
            }
        }
    }
    private int raw;

    private TreeBuilder(LexedText lexed) {
        this.lexed = lexed;
        this.interner = new TokenInterner(lexed.bytes());
    }

    static GreenNode build(ParserState p) {
        TreeBuilder b = new TreeBuilder(p.lexed());
        return b.replay(p);
    }

    private GreenNode replay(ParserState p) {
        int eventCount = p.eventCount();
        GreenNode root = null;
        for (int i = 0; i < eventCount; i++) {
            switch (p.eventType(i)) {
                case ParserState.EV_START -> {
                    if (p.eventA(i) == TOMBSTONE.ordinal() && p.eventB(i) == 0) {
                        continue;
                    }
                    int n = 0;
                    int idx = i;
                    int fp;
                    do {
                        if (n == forwardKinds.length) {
                            forwardKinds = Arrays.copyOf(forwardKinds, n * 2);
                        }
                        forwardKinds[n++] = p.eventA(idx);
                        fp = p.eventB(idx);
                        if (idx != i) {
                            // The forward parent is started now; it must not be replayed again.
                            p.tombstone(idx);
                        }
                        idx += fp;
                    } while (fp != 0);
                    for (int k = n - 1; k >= 0; k--) {
                        if (forwardKinds[k] != TOMBSTONE.ordinal()) {
                            startNode(SyntaxKind.of(forwardKinds[k]));
                        }
                    }
                }
                case ParserState.EV_FINISH -> {
                    GreenNode done = finishNode(depth == 1);
                    if (done != null) {
                        root = done;
                    }
                }
                default -> token(SyntaxKind.of(p.eventA(i)), p.eventB(i));
            }
        }
        return root;
    }

    private void startNode(SyntaxKind kind) {
        if (depth > 0) {
            int attached = attachedTrivia(kind);
            int nextSignificant = nextNonTrivia();
            flushTriviaUpTo(nextSignificant - attached);
        }
        if (depth == openKinds.length) {
            openKinds = Arrays.copyOf(openKinds, depth * 2);
            openFirstChild = Arrays.copyOf(openFirstChild, depth * 2);
        }
        openKinds[depth] = kind.ordinal();
        openFirstChild[depth] = childCount;
        depth++;
    }

    private void addChild(GreenElement e) {
        if (childCount == children.length) {
            children = Arrays.copyOf(children, childCount * 2);
        }
        children[childCount++] = e;
    }

    /** Returns the finished node when it is the root. */
    private GreenNode finishNode(boolean isRoot) {
        if (isRoot) {
            flushTriviaUpTo(nextNonTrivia());
            if (raw < lexed.count()) {
                int errorStart = childCount;
                while (raw < lexed.count()) {
                    addChild(makeToken(lexed.kind(raw), raw, 1));
                    raw++;
                }
                addChild(popInto(ERROR, errorStart));
            }
        }
        depth--;
        GreenNode node = popInto(SyntaxKind.of(openKinds[depth]), openFirstChild[depth]);
        if (isRoot) {
            return node;
        }
        addChild(node);
        return null;
    }

    private GreenNode popInto(SyntaxKind kind, int from) {
        GreenElement[] nodeChildren = Arrays.copyOfRange(children, from, childCount);
        childCount = from;
        return new GreenNode(kind, nodeChildren);
    }

    private void token(SyntaxKind kind, int nRaw) {
        flushTriviaUpTo(nextNonTrivia());
        if (raw >= lexed.count()) {
            return;
        }
        int n = Math.min(nRaw, lexed.count() - raw);
        addChild(makeToken(kind, raw, n));
        raw += n;
    }

    private GreenToken makeToken(SyntaxKind kind, int first, int n) {
        GreenToken fixed = FIXED[kind.ordinal()];
        if (fixed != null) {
            return fixed;
        }
        return interner.intern(kind, lexed.start(first), lexed.end(first + n - 1));
    }

    /** Memo for {@link #nextNonTrivia}: valid while {@link #raw} equals {@code memoFrom}. */
    private int memoFrom = -1;
    private int memoResult;

    private int nextNonTrivia() {
        if (memoFrom == raw) {
            return memoResult;
        }
        int i = raw;
        while (i < lexed.count() && lexed.kind(i).isTrivia()) {
            i++;
        }
        memoFrom = raw;
        memoResult = i;
        return i;
    }

    private void flushTriviaUpTo(int end) {
        while (raw < end) {
            addChild(makeToken(lexed.kind(raw), raw, 1));
            raw++;
        }
    }

    /** How many of the pending trivia tokens (counted from the end) belong inside a node of {@code kind}. */
    private int attachedTrivia(SyntaxKind kind) {
        switch (kind) {
            case CONST, ENUM, EXTERN_BLOCK, EXTERN_CRATE, FN, IMPL, MACRO_CALL, MACRO_RULES, MODULE, STATIC,
                 STRUCT, TRAIT, TYPE_ALIAS, UNION, USE, RECORD_FIELD, TUPLE_FIELD, VARIANT -> {
                int end = nextNonTrivia();
                int attached = 0;
                for (int i = end - 1, seen = 1; i >= raw; i--, seen++) {
                    SyntaxKind k = lexed.kind(i);
                    if (k == WHITESPACE && containsBlankLine(i)) {
                        if (i - 1 >= raw && lexed.kind(i - 1) == COMMENT && isOuterDoc(i - 1)) {
                            continue;
                        }
                        break;
                    }
                    if (k == COMMENT) {
                        if (isInnerDoc(i)) {
                            break;
                        }
                        attached = seen;
                    }
                }
                return attached;
            }
            default -> {
                return 0;
            }
        }
    }

    private boolean containsBlankLine(int i) {
        String text = lexed.text(i);
        int first = text.indexOf('\n');
        return first >= 0 && text.indexOf('\n', first + 1) >= 0;
    }

    private boolean isOuterDoc(int i) {
        String t = lexed.text(i);
        return (t.startsWith("///") && !t.startsWith("////")) || (t.startsWith("/**") && !t.startsWith("/***") && !t.equals("/**/"));
    }

    private boolean isInnerDoc(int i) {
        String t = lexed.text(i);
        return t.startsWith("//!") || t.startsWith("/*!");
    }
}
