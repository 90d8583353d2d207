package brisk.lower;

import brisk.lower.ir.CmpOp;
import brisk.lower.ir.IntKind;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrSig;
import brisk.lower.ir.IrType;
import brisk.syntax.SyntaxNode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code char} methods (classification from rustc-generated Unicode tables, ASCII mapping, digits)
 * and the free functions {@code char::from_u32}/{@code char::from_digit}, as calls of the
 * runtime's {@code CharOps}. A char is its scalar value in an int.
 */
final class CharCalls {
    static final String CHAR_OPS = "brisk/runtime/CharOps";

    private final FnLowering fn;

    CharCalls(FnLowering fn) {
        this.fn = fn;
    }

    /** The call, or null when {@code name} is none of these methods. */
    IrExpr method(SyntaxNode e, String name, SyntaxNode receiver, List<SyntaxNode> args) {
        String predicate = switch (name) {
            case "is_alphabetic" -> "isAlphabetic";
            case "is_numeric" -> "isNumeric";
            case "is_alphanumeric" -> "isAlphanumeric";
            case "is_whitespace" -> "isWhitespace";
            case "is_uppercase" -> "isUppercase";
            case "is_lowercase" -> "isLowercase";
            case "is_control" -> "isControl";
            case "is_ascii" -> "isAscii";
            case "is_ascii_digit" -> "isAsciiDigit";
            case "is_ascii_alphabetic" -> "isAsciiAlphabetic";
            case "is_ascii_alphanumeric" -> "isAsciiAlphanumeric";
            case "is_ascii_whitespace" -> "isAsciiWhitespace";
            case "is_ascii_punctuation" -> "isAsciiPunctuation";
            case "is_ascii_uppercase" -> "isAsciiUppercase";
            case "is_ascii_lowercase" -> "isAsciiLowercase";
            case "is_ascii_hexdigit" -> "isAsciiHexdigit";
            case "is_ascii_graphic" -> "isAsciiGraphic";
            case "is_ascii_control" -> "isAsciiControl";
            default -> null;
        };
        boolean other = switch (name) {
            case "to_ascii_uppercase", "to_ascii_lowercase", "len_utf8", "to_digit", "is_digit", "to_uppercase",
                 "to_lowercase" -> true;
            default -> false;
        };
        if (predicate == null && !other) {
            return null;
        }
        var nodes = new ArrayList<SyntaxNode>();
        nodes.add(receiver);
        nodes.addAll(args);
        var values = fn.exprs.operands(nodes);
        IrExpr c = StrCalls.charAsInt(values.getFirst());
        if (predicate != null) {
            return fn.exprs.stable(new IrExpr.StaticCall(CHAR_OPS, predicate, IrSig.of(IrType.BOOL, IrType.I32), List.of(c)));
        }
        return switch (name) {
            case "to_ascii_uppercase", "to_ascii_lowercase" -> fn.exprs.stable(StrCalls.intAsChar(new IrExpr.StaticCall(
                    CHAR_OPS, name.equals("to_ascii_uppercase") ? "toAsciiUppercase" : "toAsciiLowercase",
                    IrSig.of(IrType.I32, IrType.I32), List.of(c))));
            case "to_uppercase", "to_lowercase" -> fn.exprs.stable(new IrExpr.StaticCall("brisk/runtime/StrPieces", "caseMapping",
                    IrSig.of(Erased.RITER, IrType.I32, IrType.BOOL), List.of(c, new IrExpr.BoolConst(name.equals("to_uppercase")))));
            case "len_utf8" -> fn.exprs.stable(new IrExpr.StaticCall(CHAR_OPS, "lenUtf8", IrSig.of(IrType.USIZE, IrType.I32),
                    List.of(c)));
            case "is_digit" -> fn.exprs.stable(new IrExpr.StaticCall(CHAR_OPS, "isDigit",
                    IrSig.of(IrType.BOOL, IrType.I32, IrType.I32), List.of(c, radix(values.get(1)))));
            default -> {
                IrExpr d = fn.exprs.stable(new IrExpr.StaticCall(CHAR_OPS, "toDigit", IrSig.of(IrType.I32, IrType.I32, IrType.I32),
                        List.of(c, radix(values.get(1)))));
                yield new StdValues(fn).option(e, new IrExpr.Compare(CmpOp.GE, d, new IrExpr.IntConst(IntKind.I32, 0)),
                        () -> new IrExpr.Cast(d, IrType.U32));
            }
        };
    }

    /** {@code c.to_uppercase().to_string()} (Display of the case-mapping iterator) of a call made right there. */
    IrExpr caseMappedString(SyntaxNode e, boolean upper, SyntaxNode receiver) {
        SyntaxNode call = receiver;
        while (call.kind() == brisk.syntax.SyntaxKind.PAREN_EXPR) {
            call = call.firstChild();
        }
        if (call.kind() != brisk.syntax.SyntaxKind.METHOD_CALL_EXPR || call.firstChild() == null) {
            throw new Unsupported("`to_string` of this case mapping", e.textRange());
        }
        IrExpr c = StrCalls.charAsInt(fn.exprs.value(call.firstChild()));
        return fn.exprs.stable(new IrExpr.StaticCall("brisk/runtime/StrPieces", "caseMappedString",
                IrSig.of(TypeLowering.RSTRING, IrType.I32, IrType.BOOL), List.of(c, new IrExpr.BoolConst(upper))));
    }

    /** {@code char::from_u32(i)} and {@code char::from_digit(num, radix)}, or null. */
    IrExpr function(SyntaxNode e, String name, List<IrExpr> values) {
        IrExpr c = switch (name) {
            case "from_u32" -> new IrExpr.StaticCall(CHAR_OPS, "fromU32", IrSig.of(IrType.I32, IrType.I32),
                    List.of(radix(values.getFirst())));
            case "from_digit" -> new IrExpr.StaticCall(CHAR_OPS, "fromDigit", IrSig.of(IrType.I32, IrType.I32, IrType.I32),
                    List.of(radix(values.get(0)), radix(values.get(1))));
            default -> null;
        };
        if (c == null) {
            return null;
        }
        IrExpr v = fn.exprs.stable(c);
        return new StdValues(fn).option(e, new IrExpr.Compare(CmpOp.GE, v, new IrExpr.IntConst(IntKind.I32, 0)),
                () -> StrCalls.intAsChar(v));
    }

    /** A u32 argument in its int representation. */
    private static IrExpr radix(IrExpr v) {
        return v.type().equals(IrType.I32) ? v : new IrExpr.Cast(v, IrType.I32);
    }
}
