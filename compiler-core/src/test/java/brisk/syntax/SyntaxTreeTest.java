package brisk.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brisk.base.TextRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntaxTreeTest {
    @Test
    void rangesAreUtf8ByteOffsets() {
        String text = "fn é() { \"中\" }";
        SyntaxNode root = Parser.parseSourceFile(text).tree();
        assertEquals(new TextRange(0, 17), root.textRange());
        SyntaxNode name = root.descendants().stream().filter(n -> n.kind() == SyntaxKind.NAME).findFirst().orElseThrow();
        assertEquals(new TextRange(3, 5), name.textRange());
        SyntaxToken str = root.tokenAtOffset(11);
        assertEquals(SyntaxKind.STRING, str.kind());
        assertEquals(new TextRange(10, 15), str.textRange());
    }

    @Test
    void tokenAtOffsetAndNeighbours() {
        SyntaxNode root = Parser.parseSourceFile("fn f() {}").tree();
        assertEquals("fn", root.tokenAtOffset(0).text());
        assertEquals("f", root.tokenAtOffset(3).text());
        List<SyntaxToken> between = root.tokensAtOffset(4);
        assertEquals(2, between.size());
        assertEquals("f", between.get(0).text());
        assertEquals("(", between.get(1).text());
        assertEquals("}", root.tokenAtOffset(9).text());
        assertNull(root.tokenAtOffset(10));
        SyntaxToken f = root.tokenAtOffset(3);
        assertEquals(" ", f.prevToken().text());
        assertEquals("(", f.nextToken().text());
        assertNull(root.firstToken().prevToken());
    }

    @Test
    void coveringNode() {
        String text = "fn f() { let x = a + b; }";
        SyntaxNode root = Parser.parseSourceFile(text).tree();
        int a = text.indexOf("a + b");
        assertEquals(SyntaxKind.BIN_EXPR, root.coveringNode(new TextRange(a, a + 5)).kind());
        assertEquals(SyntaxKind.NAME_REF, root.coveringNode(new TextRange(a, a + 1)).kind());
        assertEquals(SyntaxKind.LET_STMT, root.coveringNode(new TextRange(text.indexOf("let"), a + 6)).kind());
    }

    @Test
    void greenTreesCompareStructurally() {
        GreenNode a = Parser.parseSourceFile("fn f() { 1 + 2 }").green();
        GreenNode b = Parser.parseSourceFile("fn f() { 1 + 2 }").green();
        GreenNode c = Parser.parseSourceFile("fn f() { 1 + 3 }").green();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, c);
        // An unchanged function body is equal even though its position in the file moved.
        SyntaxNode body1 = bodyOf(Parser.parseSourceFile("fn g() {}\nfn f() { x }").tree());
        SyntaxNode body2 = bodyOf(Parser.parseSourceFile("fn gg() { y }\nfn f() { x }").tree());
        assertEquals(body1.green(), body2.green());
        assertNotEquals(body1.textRange(), body2.textRange());
    }

    private static SyntaxNode bodyOf(SyntaxNode root) {
        List<SyntaxNode> fns = root.children();
        return fns.getLast().childOfKind(SyntaxKind.BLOCK_EXPR);
    }

    @Test
    void parentsChildrenAndSiblings() {
        SyntaxNode root = Parser.parseSourceFile("struct A; struct B;").tree();
        List<SyntaxNode> items = root.children();
        assertEquals(2, items.size());
        assertEquals(items.get(1), items.get(0).nextSibling());
        assertEquals(items.get(0), items.get(1).prevSibling());
        assertEquals(root, items.get(0).parent());
        assertEquals(List.of(items.get(0), root), items.get(0).ancestors());
        assertTrue(root.descendants().size() > 4);
        assertEquals("struct A; struct B;", String.join("",
                root.descendantTokens().stream().map(SyntaxToken::text).toList()));
    }

    @Test
    void docCommentsAttachToItems() {
        SyntaxNode root = Parser.parseSourceFile("// free\n\n/// doc\n#[a]\nfn f() {}").tree();
        SyntaxNode fn = root.childOfKind(SyntaxKind.FN);
        assertEquals("/// doc\n#[a]\nfn f() {}", fn.text());
    }

    @Test
    void blockExprEntryPoint() {
        Parse ok = Parser.parseBlockExpr("{ let x = 1; x }");
        assertTrue(ok.errors().isEmpty());
        assertEquals(SyntaxKind.BLOCK_EXPR, ok.tree().kind());
        assertEquals(SyntaxKind.STMT_LIST, ok.tree().firstChild().kind());

        Parse trailing = Parser.parseBlockExpr("{ 1 } fn x");
        assertEquals("{ 1 } fn x", trailing.tree().text());
        assertEquals("expected end of block body, found keyword `fn`", trailing.errors().getFirst().message());

        Parse notBlock = Parser.parseBlockExpr("x + 1");
        assertEquals("x + 1", notBlock.tree().text());
        assertTrue(notBlock.hasErrors());
    }

    @Test
    void nodePointersResolveAgainstAFreshParse() {
        String text = "fn f() { a + b }";
        SyntaxNode root = Parser.parseSourceFile(text).tree();
        for (SyntaxNode n : root.descendants()) {
            SyntaxNodePtr ptr = SyntaxNodePtr.of(n);
            SyntaxNode again = ptr.resolve(Parser.parseSourceFile(text).tree());
            assertEquals(n.kind(), again.kind());
            assertEquals(n.textRange(), again.textRange());
            assertEquals(n.green(), again.green());
        }
        assertNull(new SyntaxNodePtr(SyntaxKind.STRUCT, new TextRange(0, 2)).resolve(root));
    }
}
