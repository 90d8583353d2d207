package brisk.syntax.ast;

import brisk.syntax.SyntaxNode;

/** An item: in a file, module, impl/trait body, extern block, or a block as a statement. */
public sealed interface Item extends Stmt, HasAttrs permits Fn, Struct, Union, Enum, Trait, Impl, Module, Use, TypeAlias, Const, Static, ExternCrate, ExternBlock, MacroCall, MacroRules {
    /** The Item wrapper for {@code node}, or null if it is not one. */
    static Item cast(SyntaxNode node) {
        if (node == null) {
            return null;
        }
        return switch (node.kind()) {
            case FN -> new Fn(node);
            case STRUCT -> new Struct(node);
            case UNION -> new Union(node);
            case ENUM -> new Enum(node);
            case TRAIT -> new Trait(node);
            case IMPL -> new Impl(node);
            case MODULE -> new Module(node);
            case USE -> new Use(node);
            case TYPE_ALIAS -> new TypeAlias(node);
            case CONST -> new Const(node);
            case STATIC -> new Static(node);
            case EXTERN_CRATE -> new ExternCrate(node);
            case EXTERN_BLOCK -> new ExternBlock(node);
            case MACRO_CALL -> new MacroCall(node);
            case MACRO_RULES -> new MacroRules(node);
            default -> null;
        };
    }
}
