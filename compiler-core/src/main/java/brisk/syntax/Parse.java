package brisk.syntax;

import java.util.List;

/**
 * The result of parsing: an immutable green tree (which always contains every byte of the input)
 * plus the lexical and syntax errors found, sorted by position.
 */
public record Parse(GreenNode green, List<SyntaxError> errors) {
    public Parse {
        errors = List.copyOf(errors);
    }

    /** The red root over {@link #green()}, at offset 0. */
    public SyntaxNode tree() {
        return SyntaxNode.root(green);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
