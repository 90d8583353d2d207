package brisk.lower;

import brisk.items.Item;
import brisk.items.ItemLoc;
import brisk.items.ItemQueries;
import brisk.items.Nodes;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrType;
import brisk.resolve.Def;
import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import brisk.types.Ty;
import brisk.types.TypeQueries;
import java.math.BigInteger;
import java.util.ArrayList;

/**
 * {@code const} and (immutable) {@code static} items and associated consts, inlined at each use
 * as Rust does for consts: the initializer is evaluated at compile time when it is a constant
 * expression brisk knows (literals, negation, integer arithmetic without overflow, casts between
 * integers, other consts, {@code i32::MAX}-style constants, arrays, tuples and string literals).
 * A fresh array per use is exactly a const's semantics, and equal to an immutable static's (no
 * code can tell the copies apart). Initializers outside that subset are reported unsupported.
 */
final class ConstValues {
    private final FnLowering fn;
    private int depth;

    ConstValues(FnLowering fn) {
        this.fn = fn;
    }

    /** The value of const or static {@code loc} at the use {@code use}. */
    IrExpr item(ItemLoc loc, SyntaxNode use) {
        var item = fn.ctx.get(ItemQueries.ITEM_TREE, loc.file()).item(loc.index());
        if (item instanceof Item.Static s && s.mutable()) {
            throw new Unsupported("`static mut` items", use.textRange());
        }
        var owner = Names.ownerOf(fn.ctx, fn.instance.owner().crate(), loc);
        Ty type = fn.ctx.get(TypeQueries.VALUE_TYPE, owner);
        var node = fn.ctx.get(ItemQueries.ITEM_SOURCE_MAP, loc.file()).node(loc.index());
        SyntaxNode init = initializer(node);
        if (init == null || ++depth > 32) {
            throw new Unsupported("this constant", use.textRange());
        }
        IrExpr v = eval(init, type, use, owner);
        depth--;
        return v;
    }

    private static SyntaxNode initializer(SyntaxNode node) {
        boolean afterEq = false;
        for (var el : node.childrenWithTokens()) {
            if (el instanceof brisk.syntax.SyntaxToken t && t.kind() == SyntaxKind.EQ) {
                afterEq = true;
            } else if (afterEq && el instanceof SyntaxNode n) {
                return n;
            }
        }
        return null;
    }

    private IrExpr eval(SyntaxNode e, Ty type, SyntaxNode use, brisk.resolve.BodyOwner owner) {
        IrType t = fn.types.lower(type, use.textRange());
        switch (e.kind()) {
            case PAREN_EXPR -> {
                return eval(e.firstChild(), type, use, owner);
            }
            case LITERAL -> {
                var tok = e.firstToken();
                String text = tok.text();
                return switch (tok.kind()) {
                    case INT_NUMBER -> integer(Literals.integer(text), t, use);
                    case FLOAT_NUMBER -> t instanceof IrType.Float32 ? new IrExpr.F32Const((float) Literals.floating(text))
                            : new IrExpr.F64Const(Literals.floating(text));
                    case TRUE_KW -> new IrExpr.BoolConst(true);
                    case FALSE_KW -> new IrExpr.BoolConst(false);
                    case CHAR -> new IrExpr.CharConst(Literals.character(text));
                    case BYTE -> new IrExpr.IntConst(brisk.lower.ir.IntKind.U8, Literals.byteValue(text));
                    case STRING -> ExprLowering.str(Literals.string(text));
                    default -> throw new Unsupported("this constant", use.textRange());
                };
            }
            case REF_EXPR -> {
                return eval(e.firstChild(), type instanceof Ty.Ref r ? r.inner() : type, use, owner);
            }
            case ARRAY_EXPR -> {
                if (!(type instanceof Ty.Array arr) || !(t instanceof IrType.Array at)) {
                    throw new Unsupported("this constant", use.textRange());
                }
                var kids = e.children();
                if (Nodes.hasToken(e, SyntaxKind.SEMICOLON)) {
                    IrExpr v = eval(kids.get(0), arr.element(), use, owner);
                    if (arr.length() < 0) {
                        throw new Unsupported("this constant", use.textRange());
                    }
                    return new IrExpr.ArrayRepeat(v, (int) arr.length());
                }
                var values = new ArrayList<IrExpr>();
                for (var k : kids) {
                    values.add(eval(k, arr.element(), use, owner));
                }
                return new IrExpr.NewArray(at.element(), values);
            }
            case TUPLE_EXPR -> {
                if (!(type instanceof Ty.Tuple tu) || tu.elements().size() != e.children().size()) {
                    throw new Unsupported("this constant", use.textRange());
                }
                var values = new ArrayList<IrExpr>();
                for (int i = 0; i < tu.elements().size(); i++) {
                    IrExpr v = eval(e.children().get(i), tu.elements().get(i), use, owner);
                    if (!v.type().isVoid()) {
                        values.add(v);
                    }
                }
                return values.isEmpty() ? new IrExpr.UnitConst() : new IrExpr.NewTuple(values);
            }
            case PREFIX_EXPR -> {
                var op = ExprLowering.operatorToken(e);
                IrExpr v = eval(e.firstChild(), type, use, owner);
                if (op != null && op.kind() == SyntaxKind.MINUS) {
                    return switch (v) {
                        case IrExpr.IntConst c when c.kind().signed() -> integer(BigInteger.valueOf(c.value()).negate(), t, use);
                        case IrExpr.F64Const f -> new IrExpr.F64Const(-f.value());
                        case IrExpr.F32Const f -> new IrExpr.F32Const(-f.value());
                        default -> throw new Unsupported("this constant", use.textRange());
                    };
                }
                if (op != null && op.kind() == SyntaxKind.BANG && v instanceof IrExpr.BoolConst b) {
                    return new IrExpr.BoolConst(!b.value());
                }
                throw new Unsupported("this constant", use.textRange());
            }
            case BIN_EXPR -> {
                var op = ExprLowering.operatorToken(e);
                IrExpr l = eval(e.children().get(0), type, use, owner);
                IrExpr r = eval(e.children().get(1), type, use, owner);
                if (l instanceof IrExpr.IntConst a && r instanceof IrExpr.IntConst b && op != null) {
                    BigInteger x = value(a);
                    BigInteger y = value(b);
                    BigInteger z = switch (op.kind()) {
                        case PLUS -> x.add(y);
                        case MINUS -> x.subtract(y);
                        case STAR -> x.multiply(y);
                        case SLASH -> y.signum() == 0 ? null : x.divide(y);
                        case PERCENT -> y.signum() == 0 ? null : x.remainder(y);
                        default -> null;
                    };
                    if (z != null) {
                        return integer(z, t, use);
                    }
                }
                throw new Unsupported("this constant expression", use.textRange());
            }
            case CAST_EXPR -> {
                var inner = e.firstChild();
                IrExpr v = eval(inner, Ty.I64, use, owner);
                if (v instanceof IrExpr.IntConst c && t instanceof IrType.Int target) {
                    return new IrExpr.IntConst(target.kind(), target.kind().normalize(value(c).longValue()));
                }
                throw new Unsupported("this constant cast", use.textRange());
            }
            case PATH_EXPR -> {
                var pathNode = FnLowering.kid(e, SyntaxKind.PATH);
                IrExpr prim = Consts.primitiveConst(pathNode, t);
                if (prim != null) {
                    return prim.type().equals(t) || !(t instanceof IrType.Int ti) ? prim
                            : integer(value((IrExpr.IntConst) prim), t, use);
                }
                // Another const of the same module scope, by name.
                var scope = new brisk.resolve.ItemScope(fn.ctx, owner, false, new ArrayList<>());
                var def = scope.resolvePattern(new brisk.items.TypeLowering(0).path(pathNode), "constant");
                if (def instanceof Def.Item item && (item.kind() == Def.DefKind.CONST || item.kind() == Def.DefKind.STATIC)) {
                    return item(item.loc(), use);
                }
                throw new Unsupported("this constant", use.textRange());
            }
            default -> throw new Unsupported("this constant expression", use.textRange());
        }
    }

    private static BigInteger value(IrExpr.IntConst c) {
        if (c.kind().signed()) {
            return BigInteger.valueOf(c.value());
        }
        BigInteger v = new BigInteger(Long.toUnsignedString(c.value()));
        return v.and(BigInteger.ONE.shiftLeft(c.kind().bits()).subtract(BigInteger.ONE));
    }

    private static IrExpr integer(BigInteger v, IrType t, SyntaxNode use) {
        if (t instanceof IrType.Float64) {
            return new IrExpr.F64Const(v.doubleValue());
        }
        if (t instanceof IrType.Float32) {
            return new IrExpr.F32Const(v.floatValue());
        }
        if (!(t instanceof IrType.Int i)) {
            throw new Unsupported("this constant", use.textRange());
        }
        var kind = i.kind();
        BigInteger min = kind.signed() ? BigInteger.ONE.shiftLeft(kind.bits() - 1).negate() : BigInteger.ZERO;
        BigInteger max = kind.signed() ? BigInteger.ONE.shiftLeft(kind.bits() - 1).subtract(BigInteger.ONE)
                : BigInteger.ONE.shiftLeft(kind.bits()).subtract(BigInteger.ONE);
        if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
            throw new Unsupported("constants that overflow their type", use.textRange());
        }
        return new IrExpr.IntConst(kind, kind.normalize(v.longValue()));
    }
}
