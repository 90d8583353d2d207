package brisk.lower;

import brisk.lower.ir.IntKind;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrType;
import brisk.resolve.Def;
import brisk.syntax.SyntaxNode;
import brisk.types.Ty;

/** Constants: the primitive types' {@code MIN}, {@code MAX}, {@code BITS}..., and const items ({@link ConstValues}). */
final class Consts {
    private final FnLowering fn;

    Consts(FnLowering fn) {
        this.fn = fn;
    }

    /** {@code i32::MAX} and friends as a constant of {@code type}, or null if {@code path} is not one. */
    static IrExpr primitiveConst(SyntaxNode path, IrType type) {
        if (path == null) {
            return null;
        }
        String text = path.text().strip().replace(" ", "");
        int sep = text.lastIndexOf("::");
        if (sep < 0) {
            return null;
        }
        String prefix = text.substring(0, sep);
        if (prefix.startsWith("std::") || prefix.startsWith("core::")) {
            prefix = prefix.substring(prefix.lastIndexOf("::") + 2);
        }
        var prim = Ty.PrimKind.byName(prefix);
        if (prim == Ty.PrimKind.F64 || prim == Ty.PrimKind.F32) {
            return floatConst(prim == Ty.PrimKind.F64, text.substring(sep + 2));
        }
        if (prim == Ty.PrimKind.I128 || prim == Ty.PrimKind.U128) {
            String name = text.substring(sep + 2);
            return switch (name) {
                case "MIN", "MAX" -> WideInts.limit(prim == Ty.PrimKind.I128, name.equals("MAX"));
                case "BITS" -> type instanceof IrType.Int t ? new IrExpr.IntConst(t.kind(), 128) : null;
                default -> null;
            };
        }
        if (prim == null || !prim.isInteger()) {
            return null;
        }
        IntKind kind = ((IrType.Int) TypeLowering.prim(prim, path.textRange())).kind();
        String name = text.substring(sep + 2);
        long value = switch (name) {
            case "MAX" -> kind.signed() ? (kind.bits() == 64 ? Long.MAX_VALUE : (1L << (kind.bits() - 1)) - 1)
                    : kind.normalize(-1);
            case "MIN" -> kind.signed() ? (kind.bits() == 64 ? Long.MIN_VALUE : -(1L << (kind.bits() - 1))) : 0;
            case "BITS" -> kind.bits();
            default -> Long.MIN_VALUE + 1;
        };
        if (value == Long.MIN_VALUE + 1 && !name.equals("MIN")) {
            return null;
        }
        if (name.equals("BITS")) {
            return type instanceof IrType.Int t ? new IrExpr.IntConst(t.kind(), value) : null;
        }
        return new IrExpr.IntConst(kind, value);
    }

    private static IrExpr floatConst(boolean f64, String name) {
        double d = switch (name) {
            case "NAN" -> Double.NaN;
            case "INFINITY" -> Double.POSITIVE_INFINITY;
            case "NEG_INFINITY" -> Double.NEGATIVE_INFINITY;
            case "MAX" -> f64 ? Double.MAX_VALUE : Float.MAX_VALUE;
            case "MIN" -> f64 ? -Double.MAX_VALUE : -Float.MAX_VALUE;
            case "MIN_POSITIVE" -> f64 ? Double.MIN_NORMAL : Float.MIN_NORMAL;
            case "EPSILON" -> f64 ? Math.ulp(1.0) : Math.ulp(1.0f);
            default -> 0.5;
        };
        if (d == 0.5) {
            return null;
        }
        return f64 ? new IrExpr.F64Const(d) : new IrExpr.F32Const((float) d);
    }

    IrExpr constItem(Def.Item item, SyntaxNode at) {
        return new ConstValues(fn).item(item.loc(), at);
    }
}
