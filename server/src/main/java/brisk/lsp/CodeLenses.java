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
 * "Run" above {@code fn main} of a binary's root file (arguments {@code [uri]}) and "Run test" above
 * each {@code #[test]} fn that a crate compiles (arguments {@code [uri, testPath]}, libtest's name of
 * the test). {@link ProgramRunner} executes them.
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
                                new Command("▶ Run", RUN, List.of(uri)), null));
                    }
                }
            }
        }
        for (var test : TestCatalog.inFile(view, file)) {
            out.add(new CodeLens(lines.range(map.node(test.loc().index()).textRange()),
                    new Command("▶ Run test", RUN_TEST, List.of(uri, test.testPath())), null));
        }
        return out;
    }
}
