package brisk.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * All crates of a loaded workspace, indexed by {@link CrateId}. Order is deterministic: by package name
 * (then package directory), and within a package the lib, then bins by name, then tests by name.
 * Crate names are not unique across a workspace (a package's lib and its main bin share one), so name
 * lookups return every match.
 */
public record CrateGraph(List<CrateData> crates) {

    public CrateGraph {
        crates = List.copyOf(crates);
        for (int i = 0; i < crates.size(); i++) {
            if (crates.get(i).id().index() != i) {
                throw new IllegalArgumentException("crate " + crates.get(i).name() + " is not at its index " + i);
            }
        }
    }

    public static CrateGraph empty() {
        return new CrateGraph(List.of());
    }

    public CrateData crate(CrateId id) {
        return crates.get(id.index());
    }

    public int size() {
        return crates.size();
    }

    /** Crates whose crate name (not package name) is {@code crateName}, in graph order. */
    public List<CrateData> byName(String crateName) {
        var found = new ArrayList<CrateData>();
        for (var crate : crates) {
            if (crate.name().equals(crateName)) {
                found.add(crate);
            }
        }
        return found;
    }

    /** The library target of package {@code packageName}, if it has one. */
    public Optional<CrateData> libOf(String packageName) {
        for (var crate : crates) {
            if (crate.kind() == TargetKind.LIB && crate.packageName().equals(packageName)) {
                return Optional.of(crate);
            }
        }
        return Optional.empty();
    }

    /** Every target of package {@code packageName}: lib, bins, tests, in graph order. */
    public List<CrateData> targetsOf(String packageName) {
        var found = new ArrayList<CrateData>();
        for (var crate : crates) {
            if (crate.packageName().equals(packageName)) {
                found.add(crate);
            }
        }
        return found;
    }

    /** Every crate rooted at {@code rootFile} (a workspace-relative path). */
    public List<CrateData> byRootFile(String rootFile) {
        var found = new ArrayList<CrateData>();
        for (var crate : crates) {
            if (crate.rootFile().equals(rootFile)) {
                found.add(crate);
            }
        }
        return found;
    }
}
