package brisk.diagnostics;

import brisk.base.FileId;
import brisk.base.TextRange;

/** A byte range in one file. */
public record Span(FileId file, TextRange range) {}
