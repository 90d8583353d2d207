package brisk.syntax;

import brisk.base.TextRange;

/** A lexical or syntax error: a rustc-style message and the byte range it points at. */
public record SyntaxError(String message, TextRange range) {
}
