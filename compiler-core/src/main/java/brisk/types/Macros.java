package brisk.types;

import brisk.items.Nodes;
import brisk.resolve.MacroArgs;
import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import java.util.ArrayList;
import java.util.List;

/**
 * std's macros, typed by what they expand to: {@code format!} is a {@code String}, {@code vec!} a
 * {@code Vec<T>}, {@code panic!} diverges; format arguments must implement Display or Debug.
 * A user's {@code macro_rules!} macro is opaque: its type is unknown (error type, silently).
 */
final class Macros {
    private Macros() {}

    static Ty infer(BodyInference inf, Exprs exprs, SyntaxNode call, Ty exp) {
        var pathNode = BodyInference.kid(call, SyntaxKind.PATH);
        if (pathNode == null) {
            return Ty.ERROR;
        }
        String name = pathNode.text().strip();
        if (name.startsWith("std::") || name.startsWith("core::")) {
            name = name.substring(name.indexOf("::") + 2);
        }
        var args = MacroArgs.arguments(call, name.equals("vec"));
        List<SyntaxNode> list = args == null ? List.of() : args.children();
        return switch (name) {
            case "println", "print", "eprintln", "eprint" -> {
                format(inf, exprs, list, 0);
                yield Ty.UNIT;
            }
            case "format" -> {
                format(inf, exprs, list, 0);
                yield inf.stdAdt("String");
            }
            case "panic", "unreachable", "todo", "unimplemented" -> {
                format(inf, exprs, list, 0);
                yield Ty.NEVER;
            }
            case "assert", "debug_assert" -> {
                if (!list.isEmpty()) {
                    exprs.check(list.getFirst(), Ty.BOOL);
                }
                format(inf, exprs, list, 1);
                yield Ty.UNIT;
            }
            case "assert_eq", "assert_ne", "debug_assert_eq", "debug_assert_ne" -> {
                if (list.size() >= 2) {
                    Ty a = exprs.infer(list.get(0));
                    Ty b = exprs.expr(list.get(1), a, false);
                    if (!Operators.comparable(inf, a, b, true) && !inf.coerce(b, a)) {
                        inf.mismatch(a, b, list.get(1).textRange());
                    }
                } else {
                    list.forEach(exprs::infer);
                }
                format(inf, exprs, list, 2);
                yield Ty.UNIT;
            }
            case "vec" -> vec(inf, exprs, args, exp);
            case "write", "writeln" -> {
                if (!list.isEmpty()) {
                    exprs.infer(list.getFirst());
                }
                format(inf, exprs, list, 1);
                var error = inf.std.get("Error");
                yield error == null ? Ty.ERROR : inf.stdAdt("Result", Ty.UNIT, new Ty.Adt(error, "Error", List.of()));
            }
            case "matches" -> {
                if (!list.isEmpty()) {
                    exprs.infer(list.getFirst());
                }
                yield Ty.BOOL;
            }
            case "dbg" -> list.size() == 1 ? exprs.expr(list.getFirst(), exp, false) : Ty.ERROR;
            case "line", "column" -> Ty.U32;
            case "file", "stringify", "concat", "env", "include_str", "module_path" -> Ty.ref(Ty.STR);
            case "cfg" -> Ty.BOOL;
            default -> Ty.ERROR;
        };
    }

    private static Ty vec(BodyInference inf, Exprs exprs, SyntaxNode array, Ty exp) {
        Ty elem = exp != null && inf.std.is(inf.shallow(exp), "Vec") ? ((Ty.Adt) inf.shallow(exp)).args().getFirst()
                : inf.var();
        if (array != null) {
            var kids = array.children();
            if (Nodes.hasToken(array, SyntaxKind.SEMICOLON) && kids.size() == 2) {
                exprs.check(kids.get(0), elem);
                exprs.check(kids.get(1), Ty.USIZE);
            } else {
                for (var k : kids) {
                    exprs.check(k, elem);
                }
            }
        }
        return inf.stdAdt("Vec", elem);
    }

    /**
     * Infers the arguments of a format macro whose format string is argument {@code formatIndex},
     * checking that each positional argument implements the trait its placeholder asks for.
     */
    private static void format(BodyInference inf, Exprs exprs, List<SyntaxNode> args, int formatIndex) {
        List<Boolean> debug = new ArrayList<>();
        if (formatIndex < args.size() && args.get(formatIndex).kind() == SyntaxKind.LITERAL) {
            var tok = args.get(formatIndex).firstToken();
            if (tok != null && tok.kind() == SyntaxKind.STRING) {
                debug = placeholders(tok.text());
            }
        }
        int positional = 0;
        for (int i = formatIndex + 1; i < args.size(); i++) {
            var arg = args.get(i);
            if (arg.kind() == SyntaxKind.BIN_EXPR && Nodes.hasToken(arg, SyntaxKind.EQ) && arg.children().size() == 2
                    && arg.firstChild().kind() == SyntaxKind.PATH_EXPR) {
                exprs.infer(arg.children().getLast());
                continue;
            }
            Ty t = exprs.infer(arg);
            if (positional < debug.size() && debug.get(positional) != null) {
                requireFormat(inf, t, debug.get(positional), arg);
            }
            positional++;
        }
    }

    /** For each implicit-position placeholder in order: true for {@code {:?}}, false for {@code {}}, null for others. */
    private static List<Boolean> placeholders(String text) {
        var out = new ArrayList<Boolean>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                i++;
                continue;
            }
            if (c != '{') {
                continue;
            }
            int end = text.indexOf('}', i);
            if (end < 0) {
                break;
            }
            String inner = text.substring(i + 1, end);
            int colon = inner.indexOf(':');
            String arg = colon < 0 ? inner : inner.substring(0, colon);
            String spec = colon < 0 ? "" : inner.substring(colon + 1);
            if (arg.isEmpty()) {
                out.add(spec.isEmpty() ? Boolean.FALSE : spec.endsWith("?") ? Boolean.TRUE
                        : spec.chars().allMatch(ch -> !Character.isLetter(ch)) && !spec.contains("$") ? Boolean.FALSE : null);
            } else if (!Character.isDigit(arg.charAt(0))) {
                continue;
            } else {
                return List.of();
            }
            i = end;
        }
        return out;
    }

    private static void requireFormat(BodyInference inf, Ty t, boolean debug, SyntaxNode arg) {
        Ty base = inf.table.resolve(t);
        while (base instanceof Ty.Ref r) {
            base = r.inner();
        }
        if (!(base instanceof Ty.Adt a) || inf.methods.isStdOpaque(a) && !debug) {
            if (!debug && (base instanceof Ty.Tuple tu && !tu.elements().isEmpty() || base instanceof Ty.Slice
                    || base instanceof Ty.Array || base.equals(Ty.UNIT) || base instanceof Ty.Adt
                    && (inf.std.is(base, "Vec") || inf.std.is(base, "Option")))) {
                report(inf, base, false, arg);
            }
            return;
        }
        if (inf.methods.isStdOpaque(a)) {
            return;
        }
        String trait = debug ? "Debug" : "Display";
        var loc = inf.std.get(trait);
        if (loc != null && !inf.implementsTrait(base, new Ty.TraitRef(loc, trait, List.of()))) {
            report(inf, base, debug, arg);
        }
    }

    private static void report(BodyInference inf, Ty base, boolean debug, SyntaxNode arg) {
        String shown = inf.show(base);
        if (debug) {
            inf.error("E0277", "`" + shown + "` doesn't implement `Debug`", arg.textRange(),
                    "`" + shown + "` cannot be formatted using `{:?}` because it doesn't implement `Debug`");
        } else {
            inf.error("E0277", "`" + shown + "` doesn't implement `std::fmt::Display`", arg.textRange(),
                    "`" + shown + "` cannot be formatted with the default formatter");
        }
    }
}
