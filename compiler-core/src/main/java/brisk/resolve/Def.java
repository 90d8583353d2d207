package brisk.resolve;

import brisk.items.ItemLoc;

/** What a name resolves to at module level. */
public sealed interface Def {
    /** A module (the crate root is module 0). */
    record Module(ModuleRef module) implements Def {}

    /** An item defined in source. */
    record Item(CrateConfig crate, ItemLoc loc, DefKind kind) implements Def {}

    /** A variant of an enum item. */
    record Variant(CrateConfig crate, ItemLoc enumLoc, int index, String name) implements Def {}

    /** A built-in type such as {@code i32} or {@code str}. */
    record BuiltinType(String name) implements Def {}

    /** Something brisk could not resolve, already reported: suppresses follow-up errors. */
    record Error() implements Def {}

    enum DefKind { FN, STRUCT, UNION, ENUM, TRAIT, TYPE_ALIAS, CONST, STATIC, MACRO }
}
