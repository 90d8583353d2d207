package brisk.items;

import brisk.diagnostics.Diagnostic;

/**
 * A diagnostic whose spans are relative to an anchor (an item's start, or a fn body's start)
 * instead of the file, so that it stays equal when unrelated text above it moves. The final
 * per-file diagnostics query turns it into an absolute {@link Diagnostic} with the source map.
 *
 * @param item   the item whose start (or body start, when {@code inBody}) the spans are relative to;
 *               null when the spans are already absolute (parse errors)
 */
public record ItemDiagnostic(ItemLoc item, boolean inBody, Diagnostic diagnostic) {}
