package brisk.syntax;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Entry points of the lossless, error-tolerant Rust 2021 parser. Never throws on any input: the
 * returned tree always spells the input exactly, and problems are reported as {@link SyntaxError}s.
 */
public final class Parser {
    private Parser() {
    }

    /** Parses a whole file into a SOURCE_FILE tree. */
    public static Parse parseSourceFile(String text) {
        return run(text, Grammar::sourceFile);
    }

    /**
     * Parses text that should be exactly one block expression {@code { ... }} (a function body being
     * reparsed on its own). The root is the BLOCK_EXPR; any leading or trailing trivia is inside it,
     * and tokens after the block are kept in a trailing ERROR node with an error.
     */
    public static Parse parseBlockExpr(String text) {
        return run(text, Grammar::blockExprRoot);
    }

    private static Parse run(String text, Consumer<ParserState> grammar) {
        LexedText lexed = LexedText.lex(text);
        ParserState state = new ParserState(lexed);
        grammar.accept(state);
        GreenNode root = TreeBuilder.build(state);
        List<SyntaxError> errors = new ArrayList<>(lexed.errors());
        List<SyntaxError> delimiterErrors = DelimiterCheck.check(lexed);
        // Like rustc, unbalanced delimiters are reported instead of the parse errors they cause.
        errors.addAll(delimiterErrors.isEmpty() ? state.errors() : delimiterErrors);
        errors.sort(Comparator.comparingInt(e -> e.range().start()));
        return new Parse(root, firstErrorPerOffset(errors));
    }

    /**
     * Keeps only the first error reported at each start offset: after one error, recovery often
     * reports the same token again from an enclosing rule, which adds noise but no information.
     */
    private static List<SyntaxError> firstErrorPerOffset(List<SyntaxError> sorted) {
        List<SyntaxError> out = new ArrayList<>(sorted.size());
        int lastStart = -1;
        for (SyntaxError e : sorted) {
            if (e.range().start() != lastStart) {
                out.add(e);
                lastStart = e.range().start();
            }
        }
        return out;
    }
}
