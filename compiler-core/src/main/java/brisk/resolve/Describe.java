package brisk.resolve;

/** The words rustc uses for kinds of definitions in messages ("function", "struct", ...). */
final class Describe {
    private Describe() {}

    static String kindOf(Def def) {
        return switch (def) {
            case Def.Module m -> "module";
            case Def.Item item -> switch (item.kind()) {
                case FN -> "function";
                case STRUCT -> "struct";
                case UNION -> "union";
                case ENUM -> "enum";
                case TRAIT -> "trait";
                case TYPE_ALIAS -> "type alias";
                case CONST -> "constant";
                case STATIC -> "static";
                case MACRO -> "macro";
            };
            case Def.Variant v -> "variant";
            case Def.BuiltinType b -> "builtin type";
            case Def.Error e -> "item";
        };
    }
}
