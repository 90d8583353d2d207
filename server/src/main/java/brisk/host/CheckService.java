package brisk.host;

import brisk.db.Snapshot;
import brisk.diagnostics.Diagnostic;
import brisk.driver.CheckQueries;
import brisk.project.CrateData;
import brisk.project.CrateGraph;
import brisk.project.TargetKind;
import brisk.resolve.CrateConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code brisk check} computes, shared by the CLI, the fixture runners and the language
 * server: the diagnostics of every workspace crate, grouped per crate as cargo reports them.
 */
public final class CheckService {
    /** The diagnostics of one crate configuration, as cargo groups them for its summary line. */
    public record CrateResult(CrateData crate, boolean test, List<Diagnostic> diagnostics) {
        public long errors() {
            return diagnostics.stream().filter(d -> d.severity() == brisk.diagnostics.Severity.ERROR).count();
        }

        public long warnings() {
            return diagnostics.stream().filter(d -> d.severity() == brisk.diagnostics.Severity.WARNING).count();
        }
    }

    private CheckService() {}

    /**
     * Checks every crate of {@code graph} (the workspace's own, not std) in the configurations cargo
     * check uses: libs and bins without {@code cfg(test)}, plus test targets (and unit tests of
     * libs/bins) when {@code withTests}. A crate that failed stops its dependents being checked,
     * as cargo does not build dependents of a failed crate.
     */
    public static List<CrateResult> check(Snapshot snapshot, CrateGraph graph, boolean withTests) {
        var results = new ArrayList<CrateResult>();
        var failed = new java.util.HashSet<Integer>();
        for (var crate : graph.crates()) {
            boolean testTarget = crate.kind() == TargetKind.TEST;
            if (testTarget && !withTests) {
                continue;
            }
            if (crate.deps().stream().anyMatch(d -> failed.contains(d.crate().index()))) {
                failed.add(crate.id().index());
                continue;
            }
            var config = new CrateConfig(crate.id(), testTarget);
            var result = new CrateResult(crate, testTarget, snapshot.get(CheckQueries.CRATE_DIAGNOSTICS, config));
            results.add(result);
            if (result.errors() > 0) {
                failed.add(crate.id().index());
            }
            if (withTests && !testTarget) {
                var unit = new CrateResult(crate, true,
                        snapshot.get(CheckQueries.CRATE_DIAGNOSTICS, new CrateConfig(crate.id(), true)));
                results.add(unit);
            }
        }
        return results;
    }
}
