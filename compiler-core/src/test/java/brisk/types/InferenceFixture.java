package brisk.types;

import brisk.db.Database;
import brisk.items.Item;
import brisk.items.ItemQueries;
import brisk.resolve.BodyOwner;
import brisk.resolve.ResolveQueries;
import brisk.testing.TestWorkspace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Infers every fn of a one-file crate and renders the results as "source text: type" lines, for tests. */
final class InferenceFixture {
    private InferenceFixture() {}

    /** For fn {@code fnName}: each expression's source text mapped to its type, in source order. */
    static Map<String, String> types(String source, String fnName) {
        var ws = new TestWorkspace(Map.of("demo/src/lib.rs", source));
        var db = ws.db;
        var result = db.get(TypeQueries.INFER, owner(db, ws, fnName));
        var body = db.get(ItemQueries.BODY_SYNTAX, owner(db, ws, fnName).item()).root();
        var out = new LinkedHashMap<String, String>();
        for (var node : body.descendants()) {
            var t = result.exprTypes().get(node.textRange());
            if (t != null) {
                out.putIfAbsent(node.text().strip(), TyDisplay.show(t));
            }
            var b = result.bindingTypes().get(node.textRange());
            if (b != null) {
                out.putIfAbsent("let " + node.text().strip(), TyDisplay.show(b));
            }
        }
        return out;
    }

    static List<String> errors(String source) {
        var ws = new TestWorkspace(Map.of("demo/src/lib.rs", source));
        var out = new ArrayList<String>();
        for (var d : ws.check()) {
            out.add(d.code() + " " + d.message());
        }
        return out;
    }

    private static BodyOwner owner(Database db, TestWorkspace ws, String fnName) {
        var owners = db.get(TypeQueries.ITEM_OWNERS, ws.crate);
        for (var o : owners.values()) {
            var item = db.get(ItemQueries.ITEM_TREE, o.item().file()).item(o.item().index());
            if (item instanceof Item.Fn f && f.name().equals(fnName) && f.hasBody()) {
                db.get(ResolveQueries.BODY_RESOLUTION, o);
                return o;
            }
        }
        throw new AssertionError("no fn " + fnName);
    }
}
