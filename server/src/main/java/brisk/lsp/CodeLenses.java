package brisk.lsp;

import brisk.base.FileId;
import brisk.items.Item;
import brisk.items.ItemQueries;
import brisk.project.TargetKind;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.Command;

/**
 * "Run" above {@code fn main} of a binary's root file and "Run test" above each {@code #[test]} fn.
 * The commands name what to run; executing them is answered with an error until brisk can compile
 * to bytecode (see {@link BriskWorkspaceService#executeCommand}).
 */
final class CodeLenses {
    static final String RUN = "brisk.run";
    static final String RUN_TEST = "brisk.runTest";

    private CodeLenses() {}

    static List<CodeLens> of(ProjectView view, FileId file, String uri) {
        var tree = view.snapshot.get(ItemQueries.ITEM_TREE, file);
        var map = view.snapshot.get(ItemQueries.ITEM_SOURCE_MAP, file);
        var lines = view.lines(file);
        var out = new ArrayList<CodeLens>();
        String rel = view.files.path(file);
        for (var crate : view.crates()) {
            if (crate.kind() == TargetKind.BIN && crate.rootFile().equals(rel)) {
                for (int index : tree.topLevel()) {
                    if (tree.item(index) instanceof Item.Fn f && "main".equals(f.name())) {
                        out.add(new CodeLens(lines.range(map.node(index).textRange()),
                                new Command("▶ Run", RUN, List.of(crate.packageName(), crate.name())), null));
                    }
                }
            }
        }
        for (int index = 0; index < tree.size(); index++) {
            if (tree.item(index) instanceof Item.Fn f && f.attrs().test()) {
                out.add(new CodeLens(lines.range(map.node(index).textRange()),
                        new Command("▶ Run test", RUN_TEST, List.of(uri, f.name())), null));
            }
        }
        return out;
    }
}
