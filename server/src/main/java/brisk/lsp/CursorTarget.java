package brisk.lsp;

import brisk.base.FileId;
import brisk.base.TextRange;
import brisk.items.ItemLoc;
import brisk.resolve.Def;

/** What the name (or literal) under the cursor refers to. */
sealed interface CursorTarget {
    /** The absolute range of the name under the cursor. */
    TextRange origin();

    /** A module-level definition: an item, an enum variant, a module, a built-in type. */
    record Definition(TextRange origin, Def def) implements CursorTarget {}

    /**
     * A local binding or parameter of a fn body.
     *
     * @param pattern the absolute range of the binding's pattern (or parameter, or local item)
     */
    record Local(TextRange origin, FileId file, TextRange pattern, String name) implements CursorTarget {}

    /** A field of a struct or union ({@code r.w}, {@code Rect { w: 1 }}): {@code index} into the item's fields. */
    record Field(TextRange origin, ItemLoc adt, int index) implements CursorTarget {}

    /** An expression that names nothing (a literal): only its inferred type, in Rust syntax. */
    record Expression(TextRange origin, String type) implements CursorTarget {}
}
