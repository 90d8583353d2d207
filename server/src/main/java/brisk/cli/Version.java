package brisk.cli;

import picocli.CommandLine;

/** The version printed by {@code brisk --version}, taken from the jar manifest when packaged. */
public final class Version implements CommandLine.IVersionProvider {
    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v != null ? v : "0.1.0-dev";
    }

    /**
     * The version plus when the compiler's and the CLI's code were built: caches and daemons made by
     * another build (a development build with changed logic keeps the same version string) are not trusted.
     */
    public static String build() {
        return current() + "+" + builtAt(brisk.driver.CheckQueries.class) + "+" + builtAt(Version.class);
    }

    /** When the jar (or classes directory) holding {@code c} was written; 0 if unknown. */
    private static long builtAt(Class<?> c) {
        try {
            var source = c.getProtectionDomain().getCodeSource();
            var file = source == null ? null : java.nio.file.Path.of(source.getLocation().toURI());
            return file == null ? 0 : java.nio.file.Files.getLastModifiedTime(file).toMillis();
        } catch (java.io.IOException | java.net.URISyntaxException | RuntimeException e) {
            return 0;
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"brisk " + current()};
    }
}
