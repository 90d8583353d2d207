package brisk.build;

import brisk.runtime.FmtSpec;
import brisk.runtime.Formatter;
import brisk.runtime.RStr;
import brisk.runtime.RString;

/**
 * Glue compiled programs call where the IR cannot express the runtime's API directly (a
 * constructor, an upcast to {@code Object}). It runs in the program's JVM, next to the runtime;
 * it belongs in {@code brisk.runtime} and lives here only until the runtime offers these entries.
 */
public final class ProgramSupport {
    private ProgramSupport() {}

    /** A Formatter writing into {@code sink} with default options ({@code {}}). */
    public static Formatter formatter(RString sink) {
        return new Formatter(sink);
    }

    /** A Formatter writing into {@code sink} with one placeholder's options. */
    public static Formatter formatter(RString sink, FmtSpec spec) {
        return new Formatter(sink, spec);
    }

    public static boolean strEq(RStr a, RStr b) {
        return a.equals(b);
    }

    public static boolean strEq(RString a, RString b) {
        return a.equals(b);
    }

    public static boolean strEq(RStr a, RString b) {
        return a.equals(b.asStr());
    }

    public static boolean strEq(RString a, RStr b) {
        return a.asStr().equals(b);
    }
}
