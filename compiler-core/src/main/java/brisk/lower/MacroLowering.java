package brisk.lower;

import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrSig;
import brisk.lower.ir.IrTerminator;
import brisk.lower.ir.IrType;
import brisk.resolve.MacroArgs;
import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import brisk.types.Ty;
import java.util.ArrayList;
import java.util.List;

/**
 * std's macros: the printing and formatting family (through {@link Formatting}), {@code panic!}
 * and its relatives, and the {@code assert!} family, with rustc's panic messages and locations
 * (the location of a macro's panic is where the macro is invoked).
 */
final class MacroLowering {
    private final FnLowering fn;

    MacroLowering(FnLowering fn) {
        this.fn = fn;
    }

    IrExpr lower(SyntaxNode call) {
        var pathNode = FnLowering.kid(call, SyntaxKind.PATH);
        if (pathNode == null) {
            throw new Unsupported("this macro", call.textRange());
        }
        String name = pathNode.text().strip();
        if (name.startsWith("std::") || name.startsWith("core::")) {
            name = name.substring(name.indexOf("::") + 2);
        }
        var argsNode = MacroArgs.arguments(call, false);
        List<SyntaxNode> args = argsNode == null ? List.of() : argsNode.children();
        String loc = fn.location(call.textRange().start());
        var fmt = new Formatting(fn);
        return switch (name) {
            case "println", "print", "eprintln", "eprint" -> {
                IrExpr text = args.isEmpty() ? fmt.newString() : fmt.format(call, args, 0);
                if (name.endsWith("ln")) {
                    fmt.pushLiteral(text, "\n");
                }
                String method = name.startsWith("e") ? "eprint" : "print";
                fn.cfg.eval(new IrExpr.StaticCall("brisk/runtime/Io", method, IrSig.of(IrType.UNIT, TypeLowering.RSTRING),
                        List.of(text)));
                yield new IrExpr.UnitConst();
            }
            case "format" -> fmt.format(call, args, 0);
            case "write", "writeln" -> new UserFormatting(fn).write(call, args, name.equals("writeln"));
            case "vec" -> vec(call);
            case "panic" -> {
                IrExpr message = args.isEmpty() ? new IrExpr.StringConst("explicit panic")
                        : fmt.toJava(fmt.format(call, args, 0));
                fn.cfg.terminate(new IrTerminator.Panic(message, loc));
                yield new IrExpr.UnitConst();
            }
            case "unreachable", "todo", "unimplemented" -> {
                String prefix = switch (name) {
                    case "unreachable" -> "internal error: entered unreachable code";
                    case "todo" -> "not yet implemented";
                    default -> "not implemented";
                };
                IrExpr message = args.isEmpty() ? new IrExpr.StringConst(prefix)
                        : fmt.toJava(fmt.prefixed(prefix + ": ", fmt.format(call, args, 0)));
                fn.cfg.terminate(new IrTerminator.Panic(message, loc));
                yield new IrExpr.UnitConst();
            }
            case "assert", "debug_assert" -> {
                if (args.isEmpty()) {
                    throw new Unsupported("this assert", call.textRange());
                }
                int fail = fn.cfg.newBlock();
                int ok = fn.cfg.newBlock();
                fn.exprs.condition(args.getFirst(), ok, fail);
                fn.cfg.switchTo(fail);
                IrExpr message = args.size() > 1 ? fmt.toJava(fmt.format(call, args, 1))
                        : new IrExpr.StringConst("assertion failed: " + Stringify.expr(args.getFirst()));
                fn.cfg.terminate(new IrTerminator.Panic(message, loc));
                fn.cfg.switchTo(ok);
                yield new IrExpr.UnitConst();
            }
            case "assert_eq", "assert_ne", "debug_assert_eq", "debug_assert_ne" -> assertEq(call, args, fmt,
                    name.contains("_eq"), loc);
            default -> throw new Unsupported("the macro `" + name + "!`", call.textRange());
        };
    }

    private IrExpr vec(SyntaxNode call) {
        var array = MacroArgs.arguments(call, true);
        Ty elem = fn.types.elementType(fn.typeOf(call.parent().kind() == SyntaxKind.MACRO_EXPR ? call.parent() : call));
        if (array == null || elem == null) {
            throw new Unsupported("this `vec!`", call.textRange());
        }
        IrType element = fn.types.lower(elem, call.textRange());
        var kids = array.children();
        if (brisk.items.Nodes.hasToken(array, SyntaxKind.SEMICOLON)) {
            if (!(element instanceof IrType.Int || element instanceof IrType.Bool || element instanceof IrType.Char
                    || element instanceof IrType.Float32 || element instanceof IrType.Float64)) {
                return new Cloning(fn).repeat(fn.exprs.operands(kids), elem, call.textRange());
            }
            var values = fn.exprs.operands(kids);
            return fn.exprs.stable(new IrExpr.StaticCall(Vecs.RVEC_CLASS, "filled",
                    IrSig.of(Vecs.RVEC, Vecs.OBJECT, IrType.USIZE), List.of(Vecs.box(values.get(0)), values.get(1))));
        }
        var values = fn.exprs.operands(kids);
        IrExpr vec = fn.exprs.stable(Vecs.newVec(values.size()));
        for (IrExpr v : values) {
            if (!v.type().equals(element)) {
                v = fn.exprs.coerce(v, element, call.textRange());
            }
            fn.cfg.eval(Vecs.push(vec, v));
        }
        return vec;
    }

    private IrExpr assertEq(SyntaxNode call, List<SyntaxNode> args, Formatting fmt, boolean eq, String loc) {
        if (args.size() < 2) {
            throw new Unsupported("this assert", call.textRange());
        }
        var values = fn.exprs.operands(args.subList(0, 2));
        IrExpr left = fn.exprs.stable(values.get(0));
        IrExpr right = fn.exprs.stable(values.get(1));
        var cmp = fn.exprs.equality(call, left, right, fn.typeOf(args.get(0)));
        int fail = fn.cfg.newBlock();
        int ok = fn.cfg.newBlock();
        fn.cfg.terminate(eq ? new IrTerminator.Branch(cmp, ok, fail) : new IrTerminator.Branch(cmp, fail, ok));
        fn.cfg.switchTo(fail);
        var text = fmt.newString();
        fmt.pushLiteral(text, "assertion `left " + (eq ? "==" : "!=") + " right` failed");
        if (args.size() > 2) {
            fmt.pushLiteral(text, ": ");
            fmt.append(text, call, args, 2);
        }
        fmt.pushLiteral(text, "\n  left: ");
        fmt.debug(text, left, fn.typeOf(args.get(0)), call);
        fmt.pushLiteral(text, "\n right: ");
        fmt.debug(text, right, fn.typeOf(args.get(1)), call);
        fn.cfg.terminate(new IrTerminator.Panic(fmt.toJava(text), loc));
        fn.cfg.switchTo(ok);
        return new IrExpr.UnitConst();
    }

}
