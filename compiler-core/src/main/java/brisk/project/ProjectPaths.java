package brisk.project;

import java.util.ArrayList;

/**
 * Workspace-relative path arithmetic on {@code /}-separated strings ({@code ""} is the workspace root).
 * Pure string work: the file system is never consulted, so {@code a/../b} is {@code b} as in cargo.
 */
public final class ProjectPaths {
    private ProjectPaths() {}

    /**
     * {@code relative} (as written in a manifest, relative to {@code dir}) normalized against {@code dir};
     * null when it leaves the workspace root or is absolute.
     */
    public static String join(String dir, String relative) {
        String rel = relative.replace('\\', '/');
        if (rel.startsWith("/") || (rel.length() > 1 && rel.charAt(1) == ':')) {
            return null;
        }
        var parts = new ArrayList<String>();
        for (String segment : (dir.isEmpty() ? rel : dir + "/" + rel).split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.add(segment);
            }
        }
        return String.join("/", parts);
    }

    /** The path of {@code dir/child} for a plain child name. */
    public static String child(String dir, String child) {
        return dir.isEmpty() ? child : dir + "/" + child;
    }

    /** The parent directory of a workspace-relative path; {@code ""} for a top-level entry, null for the root. */
    public static String parent(String path) {
        if (path.isEmpty()) {
            return null;
        }
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** The crate name rustc uses for a cargo target or package name. */
    public static String crateName(String targetName) {
        return targetName.replace('-', '_');
    }
}
