package brisk.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Operator precedence and statement rules, checked as compact S-expressions: a parenthesised
 * group per composite expression, leaves as their text.
 */
class ExprPrecedenceTest {
    /** Parses {@code expr} as the initializer of a let and renders it. */
    private static String shape(String expr) {
        Parse parse = Parser.parseSourceFile("fn f() { let _ = " + expr + "; }");
        assertTrue(parse.errors().isEmpty(), () -> expr + ": " + parse.errors());
        SyntaxNode let = parse.tree().descendants().stream()
                .filter(n -> n.kind() == SyntaxKind.LET_STMT).findFirst().orElseThrow();
        return render(let.children().getLast());
    }

    private static String render(SyntaxNode node) {
        return switch (node.kind()) {
            case LITERAL, PATH_EXPR, NAME_REF, PATH_TYPE, MACRO_EXPR, UNDERSCORE_EXPR -> node.text().strip();
            case ARG_LIST -> "args" + node.children().stream().map(c -> " " + render(c)).reduce("", String::concat);
            default -> {
                StringBuilder sb = new StringBuilder("(");
                for (SyntaxElement e : node.childrenWithTokens()) {
                    if (e instanceof SyntaxNode n) {
                        sb.append(render(n)).append(' ');
                    } else if (!e.kind().isTrivia()) {
                        sb.append(e.text()).append(' ');
                    }
                }
                yield sb.toString().strip() + ")";
            }
        };
    }

    @Test
    void binaryOperatorsFollowRustPrecedence() {
        assertEquals("(1 + (2 * 3))", shape("1 + 2 * 3"));
        assertEquals("((1 - 2) - 3)", shape("1 - 2 - 3"));
        assertEquals("((a || (b && c)) || d)", shape("a || b && c || d"));
        assertEquals("((a == b) && (c != d))", shape("a == b && c != d"));
        assertEquals("(a | (b ^ (c & (d << 1))))", shape("a | b ^ c & d << 1"));
        assertEquals("(a >> (2 + 1))", shape("a >> 2 + 1"));
        assertEquals("(a < (b + 1))", shape("a < b + 1"));
        assertEquals("((x as u8) + 2)", shape("x as u8 + 2"));
        assertEquals("((- x) as i64)", shape("-x as i64"));
    }

    @Test
    void assignmentIsRightAssociativeAndLowest() {
        Parse parse = Parser.parseSourceFile("fn f() { a = b += c || d; x <<= 1; y >>= 2; }");
        assertTrue(parse.errors().isEmpty());
        SyntaxNode first = parse.tree().descendants().stream()
                .filter(n -> n.kind() == SyntaxKind.EXPR_STMT).findFirst().orElseThrow();
        assertEquals("(a = (b += (c || d)))", render(first.firstChild()));
    }

    @Test
    void rangesBindLooserThanLogicalOperators() {
        assertEquals("(a .. (b || c))", shape("a..b || c"));
        assertEquals("(..= 5)", shape("..=5"));
        assertEquals("(a ..)", shape("a.."));
        assertEquals("(..)", shape(".."));
        assertEquals("(0 .. (n + 1))", shape("0..n + 1"));
    }

    @Test
    void unaryAndPostfix() {
        assertEquals("(- (x . abs args))", shape("-x.abs()"));
        assertEquals("(! ((a . b) ?))", shape("!a.b?"));
        assertEquals("(& mut (v [ 0 ]))", shape("&mut v[0]"));
        assertEquals("(* (& x))", shape("*&x"));
        assertEquals("(& (& x))", shape("&&x"));
        assertEquals("((t . 0) . 1)", shape("t.0.1"));
        assertEquals("((fut . await) ?)", shape("fut.await?"));
        assertEquals("(v . collect (:: < (Vec<_>) >) args)", shape("v.collect::<Vec<_>>()"));
    }

    @Test
    void genericsCloseWithSplitShiftTokens() {
        Parse parse = Parser.parseSourceFile("fn f(x: Vec<Vec<Vec<i32>>>) -> Option<Box<dyn Fn(u8)>> { x >> 1 }");
        assertTrue(parse.errors().isEmpty(), () -> parse.errors().toString());
        assertTrue(parse.tree().descendants().stream().anyMatch(n -> n.kind() == SyntaxKind.BIN_EXPR
                && n.childrenWithTokens().stream().anyMatch(e -> e.kind() == SyntaxKind.SHR)));
    }

    @Test
    void structLiteralsAreNotAllowedInConditions() {
        Parse parse = Parser.parseSourceFile("fn f() { if x == S {} while let Some(v) = s {} match S { _ => {} } for i in v {} }");
        assertTrue(parse.errors().isEmpty(), () -> parse.errors().toString());
        assertTrue(parse.tree().descendants().stream().noneMatch(n -> n.kind() == SyntaxKind.RECORD_EXPR));
        // Outside conditions it is a RECORD_EXPR: (path) (field list).
        assertEquals("(((S)) ({ (a : 1) }))", shape("S { a: 1 }"));
    }

    @Test
    void blockLikeStatementsEndWithoutSemicolon() {
        Parse parse = Parser.parseSourceFile("fn f() { if a {} else {} -1; match x {} (a, b); { 1 } *p = 2; x }");
        assertTrue(parse.errors().isEmpty(), () -> parse.errors().toString());
        SyntaxNode stmts = parse.tree().descendants().stream()
                .filter(n -> n.kind() == SyntaxKind.STMT_LIST).findFirst().orElseThrow();
        assertEquals(7, stmts.children().size());
        assertEquals(SyntaxKind.PATH_EXPR, stmts.children().getLast().kind());
    }
}
