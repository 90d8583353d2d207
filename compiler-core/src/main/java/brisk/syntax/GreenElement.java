package brisk.syntax;

/** An immutable, position-independent element of the green tree: a node or a token. */
public sealed interface GreenElement permits GreenNode, GreenToken {
    SyntaxKind kind();

    /** Length of this element's text in UTF-8 bytes. */
    int width();

    /** Appends this element's exact source text. */
    void appendText(StringBuilder out);
}
