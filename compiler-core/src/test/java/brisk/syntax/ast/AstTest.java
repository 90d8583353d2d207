package brisk.syntax.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brisk.syntax.Parser;
import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class AstTest {
    private static SourceFile parse(String text) {
        return SourceFile.cast(Parser.parseSourceFile(text).tree());
    }

    private static <T> T first(String text, Class<T> type) {
        SyntaxNode root = Parser.parseSourceFile(text).tree();
        for (SyntaxNode n : root.descendants()) {
            Object wrapped = switch (n.kind()) {
                default -> {
                    Expr e = Expr.cast(n);
                    if (e != null) {
                        yield e;
                    }
                    Pat p = Pat.cast(n);
                    if (p != null) {
                        yield p;
                    }
                    Type t = Type.cast(n);
                    if (t != null) {
                        yield t;
                    }
                    yield Item.cast(n);
                }
            };
            if (type.isInstance(wrapped)) {
                return type.cast(wrapped);
            }
        }
        throw new AssertionError("no " + type.getSimpleName());
    }

    @Test
    void fnAccessors() {
        Fn fn = (Fn) parse("/// docs\n#[inline] pub(crate) const unsafe fn f<T: Clone>(&self, x: T) -> T where T: Copy { x }")
                .items().getFirst();
        assertEquals("f", fn.name().text());
        assertEquals(Visibility.Kind.PUB_CRATE, fn.visibility().kind());
        assertEquals(1, fn.genericParamList().typeParams().size());
        assertTrue(fn.paramList().selfParam().isRef());
        assertEquals("x", ((IdentPat) fn.paramList().params().getFirst().pat()).name().text());
        assertEquals("T", fn.retType().ty().syntax().text());
        assertEquals(1, fn.whereClause().predicates().size());
        assertEquals("x", fn.body().stmtList().tailExpr().syntax().text());
        assertEquals("inline", fn.attrs().getFirst().path().syntax().text());
        assertEquals("/// docs", fn.docComments().getFirst().text());
        assertTrue(fn.isConst() && fn.isUnsafe() && !fn.isAsync());
    }

    @Test
    void toleratesMissingParts() {
        Fn fn = (Fn) parse("fn").items().getFirst();
        assertNull(fn.name());
        assertNull(fn.paramList());
        assertNull(fn.body());
        assertNull(fn.visibility());
        assertTrue(fn.attrs().isEmpty());
    }

    @Test
    void structsEnumsAndFields() {
        List<Item> items = parse("struct U; struct T(pub u8); struct N { a: i32 } enum E { A, B(u8), C { x: u8 } = 3 }")
                .items();
        assertTrue(((Struct) items.get(0)).isUnit());
        assertInstanceOf(TupleFieldList.class, ((Struct) items.get(1)).fieldList());
        RecordFieldList fields = (RecordFieldList) ((Struct) items.get(2)).fieldList();
        assertEquals("a", fields.fields().getFirst().name().text());
        List<Variant> variants = ((Enum) items.get(3)).variants();
        assertEquals(3, variants.size());
        assertNull(variants.get(0).fieldList());
        assertEquals("3", variants.get(2).discriminant().syntax().text());
    }

    @Test
    void implAndTrait() {
        List<Item> items = parse("impl<T> Tr for X<T> { fn f() {} } impl X { } trait Tr: A + B { type T; fn g(); }").items();
        Impl traitImpl = (Impl) items.get(0);
        assertEquals("Tr", traitImpl.trait().syntax().text());
        assertEquals("X<T>", traitImpl.selfTy().syntax().text());
        assertEquals(1, traitImpl.items().size());
        Impl inherent = (Impl) items.get(1);
        assertNull(inherent.trait());
        assertEquals("X", inherent.selfTy().syntax().text());
        Trait trait = (Trait) items.get(2);
        assertEquals(2, trait.typeBoundList().bounds().size());
        assertEquals(2, trait.items().size());
    }

    @Test
    void useTreesAndModules() {
        List<Item> items = parse("use a::{b as c, d::*, self}; mod m; mod n { fn f() {} } extern crate x as y;").items();
        UseTree tree = ((Use) items.get(0)).useTree();
        assertEquals("a", tree.path().syntax().text());
        List<UseTree> group = tree.useTreeList().trees();
        assertEquals("c", group.get(0).rename().name().text());
        assertTrue(group.get(1).isGlob());
        assertEquals(SyntaxKind.SELF_KW, group.get(2).path().segment().nameRef().tokenKind());
        assertTrue(((Module) items.get(1)).isOutOfLine());
        assertEquals(1, ((Module) items.get(2)).itemList().items().size());
        assertEquals("y", ((ExternCrate) items.get(3)).rename().name().text());
    }

    @Test
    void macros() {
        List<Item> items = parse("macro_rules! m { () => {} } m!(x); #[derive(Debug)] struct S;").items();
        MacroRules rules = (MacroRules) items.get(0);
        assertEquals("m", rules.name().text());
        MacroCall call = (MacroCall) items.get(1);
        assertEquals("m", call.path().syntax().text());
        assertEquals(SyntaxKind.L_PAREN, call.tokenTree().delimiter());
        assertEquals("(Debug)", items.get(2).attrs().getFirst().tokenTree().syntax().text());
    }

    @Test
    void pathsAndGenericArgs() {
        PathType ty = first("type A = ::std::collections::HashMap<K, Vec<V>, Item = u8>;", PathType.class);
        Path path = ty.path();
        assertEquals(List.of("std", "collections", "HashMap"),
                path.segments().stream().map(s -> s.nameRef().text()).toList());
        assertTrue(path.firstQualifier().segment().hasLeadingColon2());
        List<GenericArg> args = path.segment().genericArgList().args();
        assertEquals(3, args.size());
        assertInstanceOf(AssocTypeArg.class, args.get(2));
    }

    @Test
    void expressions() {
        BinExpr bin = first("fn f() { a + b * c; }", BinExpr.class);
        assertEquals(SyntaxKind.PLUS, bin.op());
        assertEquals("b * c", bin.rhs().syntax().text());
        MethodCallExpr call = first("fn f() { v.iter::<u8>().len(); }", MethodCallExpr.class);
        assertEquals("len", call.nameRef().text());
        assertEquals("v.iter::<u8>()", call.receiver().syntax().text());
        RangeExpr range = first("fn f() { ..=5; }", RangeExpr.class);
        assertNull(range.start());
        assertEquals("5", range.end().syntax().text());
        assertTrue(range.isInclusive());
        IfExpr ifExpr = first("fn f() { if a { 1 } else if b { 2 } else { 3 } }", IfExpr.class);
        assertEquals("a", ifExpr.condition().syntax().text());
        assertInstanceOf(IfExpr.class, ifExpr.elseBranch());
        RecordExpr rec = first("fn f() { S { x, y: 1, ..d }; }", RecordExpr.class);
        assertEquals(List.of("x", "y"), rec.fieldList().fields().stream().map(RecordExprField::fieldName).toList());
        assertEquals("d", rec.fieldList().spread().syntax().text());
        FieldExpr tupleIndex = first("fn f() { t.0; }", FieldExpr.class);
        assertEquals(SyntaxKind.INT_NUMBER, tupleIndex.nameRef().tokenKind());
        ClosureExpr closure = first("fn f() { move |x: u8| -> u8 { x }; }", ClosureExpr.class);
        assertTrue(closure.isMove());
        assertEquals(1, closure.paramList().params().size());
        MatchExpr match = first("fn f() { match x { Some(y) if y > 0 => y, _ => 0 } }", MatchExpr.class);
        assertEquals(2, match.arms().size());
        assertEquals("y > 0", match.arms().getFirst().guard().condition().syntax().text());
    }

    @Test
    void statements() {
        Fn fn = (Fn) parse("fn f() { let x: u8 = 1; let Some(y) = o else { return }; g(); struct L; h() }").items().getFirst();
        StmtList body = fn.body().stmtList();
        List<Stmt> stmts = body.statements();
        assertEquals(4, stmts.size());
        LetStmt let = (LetStmt) stmts.get(0);
        assertEquals("u8", let.ty().syntax().text());
        assertEquals("1", let.initializer().syntax().text());
        assertFalse(((LetStmt) stmts.get(1)).letElse() == null);
        assertTrue(((ExprStmt) stmts.get(2)).hasSemicolon());
        assertInstanceOf(Struct.class, stmts.get(3));
        assertEquals("h()", body.tailExpr().syntax().text());
    }

    @Test
    void patterns() {
        RangePat range = first("fn f() { match x { 1..=5 => {} } }", RangePat.class);
        assertEquals("1", range.start().syntax().text());
        assertEquals("5", range.end().syntax().text());
        IdentPat ident = first("fn f() { let ref mut x @ 1 = y; }", IdentPat.class);
        assertTrue(ident.isRef() && ident.isMut());
        assertEquals("1", ident.subpattern().syntax().text());
        RecordPat rec = first("fn f() { let S { a, b: _, .. } = s; }", RecordPat.class);
        assertTrue(rec.fieldList().hasRest());
    }
}
