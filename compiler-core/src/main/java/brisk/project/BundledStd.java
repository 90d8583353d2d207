package brisk.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * brisk's model of std, shipped inside the compiler as Rust source (resources under
 * {@code brisk/std/}) and added to every workspace as the crate {@code std} (also reachable as
 * {@code core} and {@code alloc}). Reading these resources is the one read core does: they are
 * part of the compiler, not of the user's system.
 */
public final class BundledStd {
    /** Workspace-relative root of the std sources; {@code <} cannot start a Cargo package path. */
    public static final String DIR = "<std>/";
    public static final String ROOT = DIR + "lib.rs";
    private static final List<String> RESOURCES = List.of("lib.rs");

    private BundledStd() {}

    /** The std sources: workspace-relative path → text. */
    public static Map<String, String> files() {
        var files = new java.util.TreeMap<String, String>();
        for (String name : RESOURCES) {
            try (InputStream in = BundledStd.class.getResourceAsStream("/brisk/std/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("brisk is missing its bundled std source " + name);
                }
                files.put(DIR + name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    public static boolean isStd(CrateData crate) {
        return crate.rootFile().equals(ROOT);
    }

    public static boolean isStdPath(String path) {
        return path.startsWith(DIR);
    }

    /** {@code graph} plus the std crate, with {@code std}, {@code core} and {@code alloc} as dependencies of every crate. */
    public static CrateGraph withStd(CrateGraph graph) {
        var stdId = new CrateId(graph.crates().size());
        var crates = new ArrayList<CrateData>(graph.crates().size() + 1);
        for (var c : graph.crates()) {
            var deps = new ArrayList<>(c.deps());
            for (String name : List.of("std", "core", "alloc")) {
                deps.add(new Dependency(name, stdId));
            }
            crates.add(new CrateData(c.id(), c.name(), c.packageName(), c.kind(), c.rootFile(), c.packageDir(),
                    c.edition(), deps, c.features(), c.harness()));
        }
        crates.add(new CrateData(stdId, "std", "std", TargetKind.LIB, ROOT, "<std>", "2021", List.of(), List.of(),
                true));
        return new CrateGraph(crates);
    }
}
