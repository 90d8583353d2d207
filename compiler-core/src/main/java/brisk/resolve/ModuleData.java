package brisk.resolve;

import brisk.base.FileId;
import brisk.items.ItemLoc;
import java.util.List;
import java.util.Map;

/**
 * One module of a crate: where its items live and the names in its scope.
 *
 * @param parent      index of the parent module, -1 for the crate root
 * @param file        the file holding the module's items
 * @param items       indices into {@code file}'s item tree of the module's own items (after cfg)
 * @param declaration the {@code mod} item that declares it; null for the crate root
 * @param childDir    directory where {@code mod x;} inside it looks for {@code x.rs} / {@code x/mod.rs}
 */
public record ModuleData(String name, int parent, FileId file, List<Integer> items, ItemLoc declaration,
                         String childDir, Map<String, Integer> children, Scope scope) {
    public ModuleData {
        items = List.copyOf(items);
        children = Map.copyOf(children);
    }
}
