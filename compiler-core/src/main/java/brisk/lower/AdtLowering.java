package brisk.lower;

import brisk.base.TextRange;
import brisk.db.QueryContext;
import brisk.lower.ir.IrAdt;
import brisk.lower.ir.IrField;
import brisk.lower.ir.IrType;
import brisk.lower.ir.IrVariant;
import brisk.resolve.CrateConfig;
import brisk.types.AdtDef;
import brisk.types.Ty;
import brisk.types.TypeQueries;
import java.util.ArrayList;
import java.util.List;

/** User structs and enums, one IR ADT per instantiation; unit-typed fields are dropped (they hold nothing). */
final class AdtLowering {
    private AdtLowering() {}

    static String fieldName(String rustName) {
        return rustName;
    }

    /** The IR declaration of {@code adt}; also returns (in {@code nested}) the ADTs its fields mention. */
    static IrAdt lower(QueryContext ctx, CrateConfig from, Ty.Adt adt, List<Ty.Adt> nested) {
        var owner = Names.ownerOf(ctx, from, adt.def());
        AdtDef def = ctx.get(TypeQueries.ADT_DEF, owner);
        var types = new TypeLowering(ctx, from, adt.args());
        var path = Names.adtPath(ctx, from, adt);
        IrAdt out;
        if (def.kind() == AdtDef.Kind.ENUM) {
            var variants = new ArrayList<IrVariant>();
            for (var v : def.variants()) {
                variants.add(new IrVariant(v.name(), fields(types, v, adt)));
            }
            out = new IrAdt.Enum(path, variants);
        } else if (def.kind() == AdtDef.Kind.STRUCT) {
            out = new IrAdt.Struct(path, fields(types, def.variants().getFirst(), adt));
        } else {
            throw new Unsupported("unions", TextRange.at(0));
        }
        nested.addAll(types.adts());
        return out;
    }

    private static List<IrField> fields(TypeLowering types, AdtDef.VariantDef v, Ty.Adt adt) {
        var out = new ArrayList<IrField>();
        for (int i = 0; i < v.fieldNames().size(); i++) {
            IrType t = types.lower(Subst.apply(v.fieldTypes().get(i), adt.args()), TextRange.at(0));
            if (!t.isVoid()) {
                out.add(new IrField(fieldName(v.fieldNames().get(i)), t));
            }
        }
        return out;
    }
}
