package brisk.resolve;

import static brisk.items.Nodes.child;

import brisk.base.TextRange;
import brisk.items.Nodes;
import brisk.syntax.Parser;
import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The expressions inside calls of std's macros ({@code println!("{}", x)}, {@code vec![0; n]},
 * {@code assert_eq!(a, b)}...), which arrive as token trees. The token tree is parsed again as
 * the arguments of a call (or, for {@code vec!}, an array expression), padded so that offsets
 * match the body's, and format strings yield their implicit arguments ({@code {x}}).
 * Macros defined by the user are opaque here.
 */
public final class MacroArgs {
    private MacroArgs() {}

    private static final Set<String> FORMAT_FIRST = Set.of("println", "print", "eprintln", "eprint", "format",
            "panic", "format_args", "unreachable", "todo", "unimplemented");
    private static final Set<String> FORMAT_SECOND = Set.of("write", "writeln", "assert", "debug_assert");
    private static final Set<String> FORMAT_THIRD = Set.of("assert_eq", "assert_ne", "debug_assert_eq",
            "debug_assert_ne");
    private static final Set<String> FIRST_ONLY = Set.of("matches");
    private static final Set<String> PLAIN = Set.of("dbg", "vec");

    static void forEachExpr(SyntaxNode call, Consumer<SyntaxNode> expr, BiConsumer<String, TextRange> implicitArg) {
        var pathNode = child(call, SyntaxKind.PATH);
        var tree = child(call, SyntaxKind.TOKEN_TREE);
        if (pathNode == null || tree == null) {
            return;
        }
        String name = pathNode.text().strip();
        if (name.startsWith("std::") || name.startsWith("core::")) {
            name = name.substring(name.indexOf("::") + 2);
        }
        int formatIndex = FORMAT_FIRST.contains(name) ? 0 : FORMAT_SECOND.contains(name) ? 1
                : FORMAT_THIRD.contains(name) ? 2 : -1;
        if (formatIndex < 0 && !FIRST_ONLY.contains(name) && !PLAIN.contains(name)) {
            return;
        }
        var args = parseArgs(tree, name.equals("vec"));
        if (args == null) {
            return;
        }
        var named = new HashSet<String>();
        int index = 0;
        for (var arg : args.children()) {
            if (FIRST_ONLY.contains(name) && index > 0) {
                break;
            }
            if (formatIndex >= 0 && index > formatIndex && isNamedArgument(arg)) {
                named.add(arg.firstChild().text().strip());
                expr.accept(arg.children().getLast());
            } else if (index != formatIndex) {
                expr.accept(arg);
            }
            index++;
        }
        if (formatIndex >= 0 && formatIndex < args.children().size()) {
            var format = args.children().get(formatIndex);
            if (format.kind() == SyntaxKind.LITERAL) {
                implicitArguments(format, named, implicitArg);
            } else {
                expr.accept(format);
            }
        }
    }

    /**
     * The arguments of a std macro call re-parsed with the body's offsets: an {@code ARG_LIST}
     * (or, for {@code vec!}, an {@code ARRAY_EXPR}) whose children are the argument expressions;
     * null when the token tree is empty or unusable.
     */
    public static SyntaxNode arguments(SyntaxNode call, boolean array) {
        var tree = child(call, SyntaxKind.TOKEN_TREE);
        return tree == null ? null : parseArgs(tree, array);
    }

    /** {@code name = expr} in a format macro is a named argument, not an assignment. */
    private static boolean isNamedArgument(SyntaxNode arg) {
        if (arg.kind() != SyntaxKind.BIN_EXPR || arg.children().size() != 2) {
            return false;
        }
        var lhs = arg.firstChild();
        return lhs.kind() == SyntaxKind.PATH_EXPR && Nodes.hasToken(arg, SyntaxKind.EQ)
                && lhs.text().strip().chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
    }

    /**
     * Parses the token tree's contents as call arguments (or an array for {@code vec!}); returns the
     * node whose children are the argument expressions, with offsets equal to the body's.
     */
    private static SyntaxNode parseArgs(SyntaxNode tree, boolean array) {
        var open = tree.firstToken();
        var close = tree.lastToken();
        if (open == null || close == null || open == close) {
            return null;
        }
        int innerStart = open.textRange().end();
        String inner = tree.text().substring(open.text().length(), tree.text().length() - close.text().length());
        String prefix = array ? "{[" : "{f(";
        String suffix = array ? "]}" : ")}";
        int pad = innerStart - prefix.length();
        if (pad < 0) {
            return null;
        }
        String text = " ".repeat(pad) + prefix + inner + suffix;
        var root = Parser.parseBlockExpr(text).tree();
        for (var node : root.descendants()) {
            if (array && node.kind() == SyntaxKind.ARRAY_EXPR) {
                return node;
            }
            if (!array && node.kind() == SyntaxKind.ARG_LIST) {
                return node;
            }
        }
        return null;
    }

    private static void implicitArguments(SyntaxNode literal, Set<String> named, BiConsumer<String, TextRange> out) {
        var token = literal.firstToken();
        if (token == null || token.kind() != SyntaxKind.STRING) {
            return;
        }
        String text = token.text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                i++;
                continue;
            }
            if (c != '{') {
                continue;
            }
            int end = i + 1;
            while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                end++;
            }
            String id = text.substring(i + 1, end);
            if (!id.isEmpty() && !Character.isDigit(id.charAt(0)) && !named.contains(id)
                    && end < text.length() && (text.charAt(end) == '}' || text.charAt(end) == ':')) {
                int byteStart = token.textRange().start()
                        + text.substring(0, i + 1).getBytes(StandardCharsets.UTF_8).length;
                int byteLen = id.getBytes(StandardCharsets.UTF_8).length;
                out.accept(id.startsWith("r#") ? id.substring(2) : id, new TextRange(byteStart, byteStart + byteLen));
            }
            i = end - 1;
        }
    }
}
