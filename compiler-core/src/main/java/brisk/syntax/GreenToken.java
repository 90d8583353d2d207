package brisk.syntax;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** A leaf of the green tree: a kind and its exact source text. Equal tokens compare equal. */
public final class GreenToken implements GreenElement {
    private final SyntaxKind kind;
    private final String text;
    private final int width;
    private final int hash;

    public GreenToken(SyntaxKind kind, String text) {
        this(kind, text, utf8Length(text));
    }

    GreenToken(SyntaxKind kind, String text, int width) {
        this.kind = Objects.requireNonNull(kind);
        this.text = Objects.requireNonNull(text);
        this.width = width;
        // Ordinal, not Enum.hashCode(): hashes are then deterministic across runs.
        this.hash = kind.ordinal() * 31 + text.hashCode();
    }

    private static int utf8Length(String s) {
        int n = s.length();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return s.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return n;
    }

    @Override
    public SyntaxKind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public void appendText(StringBuilder out) {
        out.append(text);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GreenToken t && t.hash == hash && t.kind == kind && t.text.equals(text);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return kind + " " + text;
    }
}
