package brisk.items;

import java.util.List;

/**
 * The attributes later phases act on, already interpreted. Unknown attributes are ignored
 * here (rustc errors on unknown attributes come from a later lint pass).
 *
 * @param cfgTest       {@code #[cfg(test)]}: the item exists only in test builds
 * @param test          {@code #[test]}
 * @param ignore        {@code #[ignore]}; {@code ignoreReason} holds the text of {@code #[ignore = "..."]} or null
 * @param shouldPanic   {@code #[should_panic]}; {@code shouldPanicExpected} holds its {@code expected} text or null
 * @param derives       trait names of {@code #[derive(..)]}, in order
 * @param pathOverride  {@code #[path = "..."]} on a module, or null
 * @param macroExport   {@code #[macro_export]}
 */
public record Attrs(boolean cfgTest, boolean test, boolean ignore, String ignoreReason, boolean shouldPanic,
                    String shouldPanicExpected, List<String> derives, String pathOverride, boolean macroExport) {
    public static final Attrs NONE = new Attrs(false, false, false, null, false, null, List.of(), null, false);

    public Attrs {
        derives = List.copyOf(derives);
    }
}
