package brisk.host;

import brisk.db.Snapshot;
import brisk.diagnostics.Diagnostic;
import brisk.driver.CheckQueries;
import brisk.project.BundledStd;
import brisk.project.CrateData;
import brisk.project.CrateGraph;
import brisk.project.TargetKind;
import brisk.resolve.CrateConfig;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

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
     * libs and bins) when {@code withTests}. Crates go in dependency order and a crate whose
     * dependency failed is not checked, as cargo builds no dependents of a failed crate. Within a
     * crate, items are checked on {@code jobs} threads; the result does not depend on the count.
     */
    public static List<CrateResult> check(Snapshot snapshot, CrateGraph graph, boolean withTests, int jobs) {
        var results = new ArrayList<CrateResult>();
        var failed = new HashSet<Integer>();
        try (var pool = new ForkJoinPool(Math.max(1, jobs))) {
            for (var crate : dependencyOrder(graph)) {
                if (BundledStd.isStd(crate)) {
                    continue;
                }
                boolean testTarget = crate.kind() == TargetKind.TEST;
                if (testTarget && !withTests) {
                    continue;
                }
                if (crate.deps().stream().anyMatch(d -> failed.contains(d.crate().index()))) {
                    failed.add(crate.id().index());
                    continue;
                }
                var result = checkOne(snapshot, pool, crate, testTarget);
                results.add(result);
                if (result.errors() > 0) {
                    failed.add(crate.id().index());
                }
                if (withTests && !testTarget) {
                    results.add(checkOne(snapshot, pool, crate, true));
                }
            }
        }
        return results;
    }

    public static List<CrateResult> check(Snapshot snapshot, CrateGraph graph, boolean withTests) {
        return check(snapshot, graph, withTests, Runtime.getRuntime().availableProcessors());
    }

    private static CrateResult checkOne(Snapshot snapshot, ForkJoinPool pool, CrateData crate, boolean test) {
        var config = new CrateConfig(crate.id(), test);
        var items = snapshot.get(CheckQueries.CRATE_ITEMS, config);
        if (pool.getParallelism() > 1) {
            pool.submit(() -> items.parallelStream().forEach(item -> snapshot.get(CheckQueries.ITEM_DIAGNOSTICS, item)))
                    .join();
        }
        return new CrateResult(crate, test, snapshot.get(CheckQueries.CRATE_DIAGNOSTICS, config));
    }

    /** Crates with every dependency before its dependents; ties keep graph order. */
    static List<CrateData> dependencyOrder(CrateGraph graph) {
        var order = new ArrayList<CrateData>();
        var state = new int[graph.size()];
        for (var crate : graph.crates()) {
            visit(graph, crate, state, order);
        }
        return order;
    }

    private static void visit(CrateGraph graph, CrateData crate, int[] state, List<CrateData> order) {
        int i = crate.id().index();
        if (state[i] != 0) {
            return;
        }
        state[i] = 1;
        for (var dep : crate.deps()) {
            visit(graph, graph.crate(dep.crate()), state, order);
        }
        state[i] = 2;
        order.add(crate);
    }
}
