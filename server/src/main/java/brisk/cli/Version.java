package brisk.cli;

import picocli.CommandLine;

/** The version printed by {@code brisk --version}, taken from the jar manifest when packaged. */
public final class Version implements CommandLine.IVersionProvider {
    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v != null ? v : "0.1.0-dev";
    }

    /**
     * The version plus when the compiler's code was built: caches made by another build (a
     * development build with changed query logic keeps the same version string) are not trusted.
     */
    public static String build() {
        try {
            var source = brisk.driver.CheckQueries.class.getProtectionDomain().getCodeSource();
            var file = source == null ? null : java.nio.file.Path.of(source.getLocation().toURI());
            long stamp = file == null ? 0 : java.nio.file.Files.getLastModifiedTime(file).toMillis();
            return current() + "+" + stamp;
        } catch (java.io.IOException | java.net.URISyntaxException | RuntimeException e) {
            return current();
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"brisk " + current()};
    }
}
