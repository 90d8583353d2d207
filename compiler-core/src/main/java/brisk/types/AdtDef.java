package brisk.types;

import brisk.items.Item;
import brisk.items.ItemLoc;
import java.util.List;

/** A struct, enum or union with lowered field types; a struct or union has exactly one variant. */
public record AdtDef(ItemLoc loc, String name, Kind kind, GenericParams generics, List<VariantDef> variants) {
    public enum Kind { STRUCT, ENUM, UNION }

    public AdtDef {
        variants = List.copyOf(variants);
    }

    /** One variant (or the struct itself): field names ("0", "1".. for tuple fields) and types. */
    public record VariantDef(String name, Item.FieldsShape shape, List<String> fieldNames, List<Ty> fieldTypes) {
        public VariantDef {
            fieldNames = List.copyOf(fieldNames);
            fieldTypes = List.copyOf(fieldTypes);
        }

        public int fieldIndex(String field) {
            return fieldNames.indexOf(field);
        }
    }

    /** The field types of variant {@code variant} with the ADT's generic arguments {@code args} substituted. */
    public List<Ty> fieldTypes(int variant, List<Ty> args) {
        var a = args.toArray(Ty[]::new);
        return variants.get(variant).fieldTypes().stream().map(t -> Subst.apply(t, a, null)).toList();
    }

    public String kindWord() {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
