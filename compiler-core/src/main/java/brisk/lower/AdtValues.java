package brisk.lower;

import brisk.base.TextRange;
import brisk.lower.ir.FieldRef;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrTerminator;
import brisk.lower.ir.IrType;
import brisk.lower.ir.Place;
import brisk.types.AdtDef;
import brisk.types.Ty;
import brisk.types.TypeQueries;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks the fields of struct and enum values in IR, for the code derives generate inline (Clone,
 * PartialEq, PartialOrd/Ord, Hash-free Default): a struct is its one variant; an enum switches on
 * its tag and runs the per-variant code in a block of its own, all joining afterwards.
 */
final class AdtValues {
    private final FnLowering fn;

    AdtValues(FnLowering fn) {
        this.fn = fn;
    }

    /** One field of a variant: its Rust name and type, and its value ({@code null} for unit-typed fields). */
    record Field(String name, Ty type, IrExpr value) {}

    /** The code for one variant; {@code variant} is null for a struct. */
    interface VariantCode {
        void emit(int index, String variant, List<Field> fields);
    }

    AdtDef def(Ty.Adt adt) {
        return fn.ctx.get(TypeQueries.ADT_DEF, Names.ownerOf(fn.ctx, fn.instance.owner().crate(), adt.def()));
    }

    /** Rust field types of {@code variant} under {@code adt}'s type arguments. */
    static List<Ty> fieldTypes(AdtDef.VariantDef variant, Ty.Adt adt) {
        return variant.fieldTypes().stream().map(t -> Subst.apply(t, adt.args())).toList();
    }

    /** The fields of {@code value} seen as variant {@code variant} (null: a struct). */
    List<Field> fields(IrExpr value, Ty.Adt adt, AdtDef.VariantDef def, String variant, TextRange at) {
        IrType.Adt irAdt = (IrType.Adt) value.type();
        var out = new ArrayList<Field>();
        var types = fieldTypes(def, adt);
        for (int i = 0; i < def.fieldNames().size(); i++) {
            String name = def.fieldNames().get(i);
            IrType ft = fn.types.lower(types.get(i), at);
            IrExpr read = null;
            if (!ft.isVoid()) {
                var ref = variant == null ? FieldRef.ofStruct(irAdt.path(), AdtLowering.fieldName(name), ft)
                        : FieldRef.ofVariant(irAdt.path(), variant, AdtLowering.fieldName(name), ft);
                read = fn.exprs.stable(new IrExpr.Read(new Place.Field(value, ref)));
            }
            out.add(new Field(name, types.get(i), read));
        }
        return out;
    }

    /**
     * Runs {@code code} for the variant {@code value} holds. For an enum each variant's code starts
     * in a block of its own; {@code code} leaves its block unterminated and this method joins them.
     */
    void perVariant(IrExpr value, Ty.Adt adt, TextRange at, VariantCode code) {
        var def = def(adt);
        IrExpr v = fn.exprs.stable(value);
        if (def.kind() == AdtDef.Kind.STRUCT) {
            code.emit(0, null, fields(v, adt, def.variants().getFirst(), null, at));
            return;
        }
        if (def.kind() != AdtDef.Kind.ENUM) {
            throw new Unsupported("unions", at);
        }
        var cfg = fn.cfg;
        int join = cfg.newBlock();
        var cases = new ArrayList<IrTerminator.SwitchCase>();
        var blocks = new ArrayList<Integer>();
        for (int i = 0; i < def.variants().size(); i++) {
            int b = cfg.newBlock();
            blocks.add(b);
            cases.add(new IrTerminator.SwitchCase(i, b));
        }
        int otherwise = cfg.newBlock();
        cfg.terminate(new IrTerminator.Switch(new IrExpr.Tag(v), cases, otherwise));
        cfg.switchTo(otherwise);
        cfg.terminate(new IrTerminator.Unreachable());
        for (int i = 0; i < def.variants().size(); i++) {
            cfg.switchTo(blocks.get(i));
            var variant = def.variants().get(i);
            code.emit(i, variant.name(), fields(v, adt, variant, variant.name(), at));
            cfg.gotoBlock(join);
        }
        cfg.switchTo(join);
    }

    /** Whether {@code adt} (a user type) says {@code #[derive(trait)]}. */
    boolean derives(Ty.Adt adt, String trait) {
        var item = fn.ctx.get(brisk.items.ItemQueries.ITEM_TREE, adt.def().file()).item(adt.def().index());
        return item.attrs().derives().contains(trait);
    }

    /** std's Option and Result behave as if they derived the standard traits. */
    boolean isStdDerived(Ty.Adt adt) {
        return fn.types.std().is(adt, "Option") || fn.types.std().is(adt, "Result")
                || fn.types.std().is(adt, "Ordering");
    }
}
