package brisk.resolve;

import brisk.items.ItemDiagnostic;
import java.util.List;
import java.util.Map;

/**
 * The module tree of one crate configuration with every module's resolved scope (items and
 * imports), the crate's extern prelude and where the std prelude is. Built from item trees only,
 * so it stays equal under body edits and everything reading it is backdated.
 */
public record DefMap(CrateConfig crate, List<ModuleData> modules, Map<String, CrateConfig> externPrelude,
                     ModuleRef stdPrelude, List<ItemDiagnostic> diagnostics) {
    public DefMap {
        modules = List.copyOf(modules);
        externPrelude = Map.copyOf(externPrelude);
        diagnostics = List.copyOf(diagnostics);
    }

    public ModuleData module(int index) {
        return modules.get(index);
    }

    public ModuleRef root() {
        return new ModuleRef(crate, 0);
    }

    /** Whether {@code ancestor} is {@code module} or one of its ancestors. */
    public boolean isAncestorOrSelf(int ancestor, int module) {
        for (int m = module; m >= 0; m = modules.get(m).parent()) {
            if (m == ancestor) {
                return true;
            }
        }
        return false;
    }
}
