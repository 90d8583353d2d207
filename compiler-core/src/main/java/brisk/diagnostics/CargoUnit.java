package brisk.diagnostics;

/**
 * A compilation unit as cargo names it in its summary lines: {@code `foo` (bin "foo" test)}.
 *
 * @param targetName the target's name (ignored for {@link Kind#LIB} and {@link Kind#BUILD_SCRIPT})
 * @param testMode   compiled as a unit-test harness ({@code cargo test} of a lib or bin)
 */
public record CargoUnit(String packageName, Kind kind, String targetName, boolean testMode) {

    public enum Kind { LIB, BIN, TEST, BENCH, EXAMPLE, BUILD_SCRIPT }

    /** cargo's {@code description_named} plus the mode suffix: {@code lib}, {@code bin "foo" test}, ... */
    public String description() {
        String named = switch (kind) {
            case LIB -> "lib";
            case BIN -> "bin \"" + targetName + "\"";
            case TEST -> "test \"" + targetName + "\"";
            case BENCH -> "bench \"" + targetName + "\"";
            case EXAMPLE -> "example \"" + targetName + "\"";
            case BUILD_SCRIPT -> "build script";
        };
        return testMode ? named + " test" : named;
    }

    /** The {@code cargo fix} command cargo suggests for this unit; null for a build script. */
    public String fixCommand() {
        String target = switch (kind) {
            case LIB -> "--lib";
            case BIN -> "--bin \"" + targetName + "\"";
            case TEST -> "--test \"" + targetName + "\"";
            case BENCH -> "--bench \"" + targetName + "\"";
            case EXAMPLE -> "--example \"" + targetName + "\"";
            case BUILD_SCRIPT -> null;
        };
        if (target == null) {
            return null;
        }
        return "cargo fix " + target + " -p " + packageName + (testMode ? " --tests" : "");
    }
}
