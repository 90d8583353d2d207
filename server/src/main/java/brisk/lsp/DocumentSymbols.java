package brisk.lsp;

import brisk.base.FileId;
import brisk.items.Item;
import brisk.items.ItemQueries;
import brisk.items.ItemSourceMap;
import brisk.items.ItemTree;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;

/**
 * The outline of a file from its item tree and source map: items, nested in inline modules, impls
 * and traits, with fields and variants under their struct or enum. {@code use} items and item
 * macros are left out, as rust-analyzer does.
 */
final class DocumentSymbols {
    private final ItemTree tree;
    private final ItemSourceMap map;
    private final LineMap lines;

    DocumentSymbols(ProjectView view, FileId file) {
        this.tree = view.snapshot.get(ItemQueries.ITEM_TREE, file);
        this.map = view.snapshot.get(ItemQueries.ITEM_SOURCE_MAP, file);
        this.lines = view.lines(file);
    }

    List<DocumentSymbol> symbols() {
        return items(tree.topLevel(), false);
    }

    private List<DocumentSymbol> items(List<Integer> indices, boolean inImplOrTrait) {
        var out = new ArrayList<DocumentSymbol>();
        for (int index : indices) {
            var symbol = symbol(index, inImplOrTrait);
            if (symbol != null) {
                out.add(symbol);
            }
        }
        return out;
    }

    private DocumentSymbol symbol(int index, boolean inImplOrTrait) {
        var item = tree.item(index);
        int start = map.itemStart(index);
        var full = map.node(index).textRange();
        var selection = item.nameRange() == null ? full : item.nameRange().shift(start);
        String name = item.name();
        SymbolKind kind;
        List<DocumentSymbol> children = List.of();
        String detail = null;
        switch (item) {
            case Item.Fn f -> {
                kind = inImplOrTrait ? SymbolKind.Method : SymbolKind.Function;
                detail = SignatureRenderer.item(f);
            }
            case Item.Struct s -> {
                kind = SymbolKind.Struct;
                children = fields(s.fields(), start);
            }
            case Item.Union u -> {
                kind = SymbolKind.Struct;
                children = fields(u.fields(), start);
            }
            case Item.Enum e -> {
                kind = SymbolKind.Enum;
                var variants = new ArrayList<DocumentSymbol>();
                for (var v : e.variants()) {
                    if (v.nameRange() != null) {
                        var range = lines.range(v.nameRange().shift(start));
                        variants.add(leaf(v.name(), SymbolKind.EnumMember, range));
                    }
                }
                children = variants;
            }
            case Item.Trait t -> {
                kind = SymbolKind.Interface;
                children = items(t.children(), true);
            }
            case Item.Impl i -> {
                kind = SymbolKind.Object;
                String header = SignatureRenderer.item(i);
                int where = header.indexOf('\n');
                name = where < 0 ? header : header.substring(0, where);
                children = items(i.children(), true);
            }
            case Item.Module m -> {
                kind = SymbolKind.Module;
                children = m.inline() ? items(m.children(), false) : List.of();
            }
            case Item.TypeAlias t -> kind = SymbolKind.TypeParameter;
            case Item.Const c -> kind = SymbolKind.Constant;
            case Item.Static s -> kind = SymbolKind.Variable;
            case Item.MacroRules m -> kind = SymbolKind.Function;
            case Item.ExternCrate e -> kind = SymbolKind.Module;
            case Item.Use u -> {
                return null;
            }
            case Item.MacroCall m -> {
                return null;
            }
            case Item.ExternBlock e -> {
                return null;
            }
        }
        if (name == null) {
            return null;
        }
        var symbol = new DocumentSymbol(name, kind, lines.range(full), lines.range(selection), detail);
        symbol.setChildren(children);
        return symbol;
    }

    private List<DocumentSymbol> fields(List<Item.Field> fields, int itemStart) {
        var out = new ArrayList<DocumentSymbol>();
        for (var f : fields) {
            if (f.range() != null) {
                out.add(leaf(f.name(), SymbolKind.Field, lines.range(f.range().shift(itemStart))));
            }
        }
        return out;
    }

    private static DocumentSymbol leaf(String name, SymbolKind kind, Range range) {
        var symbol = new DocumentSymbol(name, kind, range, range);
        symbol.setChildren(List.of());
        return symbol;
    }
}
