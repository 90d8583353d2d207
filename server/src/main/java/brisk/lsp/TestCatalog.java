package brisk.lsp;

import brisk.base.FileId;
import brisk.items.Item;
import brisk.items.ItemLoc;
import brisk.items.ItemQueries;
import brisk.project.CrateData;
import brisk.resolve.CrateConfig;
import brisk.resolve.ResolveQueries;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code #[test]} fns of a project as libtest names them: the module path from the crate root
 * plus the fn name ({@code tests::adds_two}), read from each crate's module tree with
 * {@code cfg(test)} on, exactly as the lowering collects a harness's tests. Unit tests of libs and
 * bins and {@code tests/*.rs} integration tests alike. A file reached from several crates (a module
 * declared by both the lib and a bin) lists each fn once, under the first crate of the graph.
 */
final class TestCatalog {
    /** One test: the crate whose harness runs it, where it is, and its libtest name. */
    record TestFn(CrateData crate, ItemLoc loc, String testPath, String name) {}

    private TestCatalog() {}

    /** Every test of the workspace's own crates, in crate-graph and module order. */
    static List<TestFn> all(ProjectView view) {
        return collect(view, null);
    }

    /** The tests declared in {@code file}. */
    static List<TestFn> inFile(ProjectView view, FileId file) {
        return collect(view, file);
    }

    private static List<TestFn> collect(ProjectView view, FileId only) {
        var out = new ArrayList<TestFn>();
        Set<ItemLoc> seen = new HashSet<>();
        for (var crate : view.crates()) {
            var defMap = view.snapshot.get(ResolveQueries.DEF_MAP, new CrateConfig(crate.id(), true));
            for (int m = 0; m < defMap.modules().size(); m++) {
                var module = defMap.module(m);
                if (module.file() == null || (only != null && !only.equals(module.file()))) {
                    continue;
                }
                var tree = view.snapshot.get(ItemQueries.ITEM_TREE, module.file());
                for (int index : module.items()) {
                    if (tree.item(index) instanceof Item.Fn fn && fn.attrs().test() && fn.name() != null
                            && seen.add(new ItemLoc(module.file(), index))) {
                        var path = new ArrayList<String>();
                        for (int p = m; p > 0; p = defMap.module(p).parent()) {
                            path.addFirst(defMap.module(p).name());
                        }
                        path.add(fn.name());
                        out.add(new TestFn(crate, new ItemLoc(module.file(), index), String.join("::", path), fn.name()));
                    }
                }
            }
        }
        return out;
    }
}
