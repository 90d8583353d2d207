package brisk.types;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import brisk.syntax.SyntaxToken;
import java.util.List;

/**
 * Binary and unary operators: rustc's built-in rules for primitives (both operands the same numeric
 * type, references to primitives auto-dereferenced as std's {@code impl Add<&i32> for &i32} do), and
 * the operator traits ({@code Add::Output}...) for other types.
 */
final class Operators {
    private Operators() {}

    static SyntaxToken operator(SyntaxNode e) {
        for (var el : e.childrenWithTokens()) {
            if (el instanceof SyntaxToken t && !t.kind().isTrivia()) {
                return t;
            }
        }
        return null;
    }

    static Ty binary(BodyInference inf, Exprs exprs, SyntaxNode e) {
        var kids = e.children();
        var op = operator(e);
        if (kids.size() != 2 || op == null) {
            kids.forEach(exprs::infer);
            return Ty.ERROR;
        }
        var lhs = kids.get(0);
        var rhs = kids.get(1);
        switch (op.kind()) {
            case EQ -> {
                Ty lt = exprs.infer(lhs);
                exprs.check(rhs, lt);
                return Ty.UNIT;
            }
            case AMP2, PIPE2 -> {
                exprs.check(lhs, Ty.BOOL);
                exprs.check(rhs, Ty.BOOL);
                return Ty.BOOL;
            }
            case EQ2, NEQ, LT, GT, LTEQ, GTEQ -> {
                Ty lt = exprs.infer(lhs);
                Ty rt = exprs.expr(rhs, lt, false);
                if (!inf.table.tryUnify(lt, rt) && !comparable(inf, lt, rt)) {
                    inf.mismatch(lt, rt, rhs.textRange());
                } else {
                    boolean equality = op.kind() == SyntaxKind.EQ2 || op.kind() == SyntaxKind.NEQ;
                    requireComparison(inf, op, lt, equality ? "PartialEq" : "PartialOrd");
                }
                return Ty.BOOL;
            }
            default -> { }
        }
        String trait = traitOf(op.kind());
        if (trait == null) {
            kids.forEach(exprs::infer);
            return Ty.ERROR;
        }
        boolean assign = trait.endsWith("Assign");
        Ty lt = exprs.infer(lhs);
        Ty rt = exprs.expr(rhs, primitiveHint(inf, lt), false);
        Ty result = arithmetic(inf, op, trait.replace("Assign", ""), lt, rt, rhs);
        return assign ? Ty.UNIT : result;
    }

    /** A user ADT compared without a {@code PartialEq}/{@code PartialOrd} impl or derive: rustc's E0369. */
    private static void requireComparison(BodyInference inf, SyntaxToken op, Ty lt, String trait) {
        Ty l = inf.table.resolve(lt);
        var loc = inf.std.get(trait);
        if (loc != null && l instanceof Ty.Adt a && !inf.methods.isStdOpaque(a) && !inf.table.isUnknown(l)
                && !inf.implementsTrait(l, new Ty.TraitRef(loc, trait, List.of()))) {
            inf.error("E0369", "binary operation `" + op.text() + "` cannot be applied to type `" + inf.show(l) + "`",
                    op.textRange(), null);
        }
    }

    /**
     * Whether {@code lt == rt} can type-check: equal types, or types brisk cannot rule out (std has
     * {@code PartialEq} impls between different types, such as {@code String == &str}).
     */
    static boolean comparable(BodyInference inf, Ty lt, Ty rt, boolean unify) {
        return unify && inf.table.tryUnify(lt, rt) || comparable(inf, lt, rt);
    }

    /** Both sides references to comparable primitives, or a Param/unknown: rustc's PartialEq impls decide. */
    private static boolean comparable(BodyInference inf, Ty a, Ty b) {
        return inf.table.isUnknown(inf.table.resolve(a)) || inf.table.isUnknown(inf.table.resolve(b))
                || !(inf.shallow(a) instanceof Ty.Prim || inf.shallow(a) instanceof Ty.Ref)
                || !(inf.shallow(b) instanceof Ty.Prim || inf.shallow(b) instanceof Ty.Ref);
    }

    private static Ty primitiveHint(BodyInference inf, Ty lt) {
        Ty l = strip(inf, lt);
        return l instanceof Ty.Prim p && p.kind().isNumeric() ? l : null;
    }

    /** A reference to a numeric primitive (or numeric variable) is used as the primitive. */
    private static Ty strip(BodyInference inf, Ty t) {
        t = inf.shallow(t);
        if (t instanceof Ty.Ref r) {
            Ty inner = inf.shallow(r.inner());
            if (numeric(inner) || inner instanceof Ty.Prim p && p.kind() == Ty.PrimKind.BOOL) {
                return inner;
            }
        }
        return t;
    }

    private static boolean numeric(Ty t) {
        return t instanceof Ty.Prim p && p.kind().isNumeric()
                || t instanceof Ty.Infer i && i.kind() != Ty.VarKind.GENERAL;
    }

    private static Ty arithmetic(BodyInference inf, SyntaxToken op, String trait, Ty lt, Ty rt, SyntaxNode rhs) {
        Ty l = strip(inf, lt);
        Ty r = strip(inf, rt);
        if (l instanceof Ty.Error || r instanceof Ty.Error) {
            return numeric(l) ? l : Ty.ERROR;
        }
        boolean shift = trait.equals("Shl") || trait.equals("Shr");
        if (numeric(l) && numeric(r)) {
            if (shift) {
                return l;
            }
            boolean intOnly = trait.startsWith("Bit");
            if (!inf.table.tryUnify(l, r)) {
                inf.mismatch(l, r, rhs.textRange());
                return l;
            }
            if (intOnly && inf.shallow(l) instanceof Ty.Prim p && p.kind().isFloat()) {
                return cannot(inf, op, trait, lt, rt);
            }
            return l;
        }
        if (l instanceof Ty.Prim lp && lp.kind() == Ty.PrimKind.BOOL && trait.startsWith("Bit")) {
            inf.table.tryUnify(r, Ty.BOOL);
            return Ty.BOOL;
        }
        if (inf.std.is(l, "String") && trait.equals("Add")) {
            if (!inf.coerce(rt, Ty.ref(Ty.STR))) {
                inf.mismatch(Ty.ref(Ty.STR), rt, rhs.textRange());
            }
            return l;
        }
        Ty lr = inf.table.resolve(lt);
        if (inf.table.isUnknown(lr) || l instanceof Ty.Infer || r instanceof Ty.Infer && !numeric(r)
                || lr instanceof Ty.Param || lr instanceof Ty.Projection || lr instanceof Ty.Opaque) {
            return userImpl(inf, trait, lt, rt);
        }
        Ty out = userImpl(inf, trait, lt, rt);
        if (inf.shallow(out) instanceof Ty.Error && !implemented(inf, trait, lt)) {
            return cannot(inf, op, trait, lt, rt);
        }
        return out;
    }

    private static boolean implemented(BodyInference inf, String trait, Ty lt) {
        var loc = inf.std.get(trait);
        if (loc == null) {
            return true;
        }
        Ty l = inf.shallow(lt);
        if (l instanceof Ty.Prim || l instanceof Ty.Ref r && inf.shallow(r.inner()) instanceof Ty.Prim) {
            return false;
        }
        return inf.implementsTrait(lt, new Ty.TraitRef(loc, trait, List.of()));
    }

    /** The {@code Output} of the operator trait's impl for the left operand, or an error type. */
    private static Ty userImpl(BodyInference inf, String trait, Ty lt, Ty rt) {
        var loc = inf.std.get(trait);
        if (loc == null) {
            return Ty.ERROR;
        }
        Ty l = inf.shallow(lt);
        if (l instanceof Ty.Param || l instanceof Ty.Opaque) {
            for (var p : inf.boundsOf(l)) {
                if (p.trait().trait().equals(loc)) {
                    var out = p.assoc().get("Output");
                    return out == null ? new Ty.Projection(l, p.trait(), "Output") : out;
                }
            }
            return Ty.ERROR;
        }
        return inf.project(l, new Ty.TraitRef(loc, trait, List.of(rt)), "Output");
    }

    private static Ty cannot(BodyInference inf, SyntaxToken op, String trait, Ty lt, Ty rt) {
        String l = inf.show(lt);
        String r = inf.show(rt);
        String message = switch (trait) {
            case "Add" -> "cannot add `" + r + "` to `" + l + "`";
            case "Sub" -> "cannot subtract `" + r + "` from `" + l + "`";
            case "Mul" -> "cannot multiply `" + l + "` by `" + r + "`";
            case "Div" -> "cannot divide `" + l + "` by `" + r + "`";
            case "Rem" -> "cannot calculate the remainder of `" + l + "` divided by `" + r + "`";
            default -> "no implementation for `" + l + " " + op.text() + " " + r + "`";
        };
        boolean twoStrs = trait.equals("Add") && isStrRef(inf, lt) && isStrRef(inf, rt);
        inf.error("E0369", message, op.textRange(), twoStrs ? "`+` cannot be used to concatenate two `&str` strings" : null);
        return Ty.ERROR;
    }

    private static boolean isStrRef(BodyInference inf, Ty t) {
        return inf.shallow(t) instanceof Ty.Ref r && inf.shallow(r.inner()) instanceof Ty.Prim p && p.kind() == Ty.PrimKind.STR;
    }

    private static String traitOf(SyntaxKind kind) {
        return switch (kind) {
            case PLUS -> "Add";
            case MINUS -> "Sub";
            case STAR -> "Mul";
            case SLASH -> "Div";
            case PERCENT -> "Rem";
            case AMP -> "BitAnd";
            case PIPE -> "BitOr";
            case CARET -> "BitXor";
            case SHL -> "Shl";
            case SHR -> "Shr";
            case PLUSEQ -> "AddAssign";
            case MINUSEQ -> "SubAssign";
            case STAREQ -> "MulAssign";
            case SLASHEQ -> "DivAssign";
            case PERCENTEQ -> "RemAssign";
            case AMPEQ -> "BitAndAssign";
            case PIPEEQ -> "BitOrAssign";
            case CARETEQ -> "BitXorAssign";
            case SHLEQ -> "ShlAssign";
            case SHREQ -> "ShrAssign";
            default -> null;
        };
    }

    static Ty prefix(BodyInference inf, Exprs exprs, SyntaxNode e, Ty exp) {
        var op = operator(e);
        var inner = e.firstChild();
        if (op == null || inner == null) {
            return Ty.ERROR;
        }
        switch (op.kind()) {
            case STAR -> {
                Ty t = inf.shallow(exprs.infer(inner));
                if (t instanceof Ty.Ref r) {
                    return r.inner();
                }
                if (t instanceof Ty.Ptr p) {
                    return p.inner();
                }
                if (t instanceof Ty.Error || t instanceof Ty.Infer) {
                    return Ty.ERROR;
                }
                Ty d = inf.methods.derefOnce(t);
                if (d == null && t instanceof Ty.Prim) {
                    inf.error("E0614", "type `" + inf.show(t) + "` cannot be dereferenced", e.textRange(), "can't be dereferenced");
                }
                return d == null ? Ty.ERROR : d;
            }
            case MINUS, BANG -> {
                Ty t = exprs.expr(inner, exp, false);
                Ty s = strip(inf, t);
                if (numeric(s) || s instanceof Ty.Prim p && p.kind() == Ty.PrimKind.BOOL) {
                    return s;
                }
                return userImpl(inf, op.kind() == SyntaxKind.MINUS ? "Neg" : "Not", t, Ty.UNIT);
            }
            default -> {
                exprs.infer(inner);
                return Ty.ERROR;
            }
        }
    }
}
