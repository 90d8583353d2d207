package brisk.lints;

import brisk.base.TextRange;
import brisk.diagnostics.Applicability;
import brisk.diagnostics.Diagnostic;
import brisk.diagnostics.SubDiagnostic;
import brisk.items.Item;
import brisk.items.ItemDiagnostic;
import brisk.items.TypeRef;
import java.util.ArrayList;
import java.util.List;

/**
 * E0106, missing lifetime specifier, in the two cases the item tree decides alone: a reference
 * without a lifetime in a field of a struct or enum, and one in the return type of a fn without
 * parameters (nothing to borrow from). References inside fn-pointer types and trait bounds have
 * their own elision scope and are not looked at.
 */
final class MissingLifetimes {
    private MissingLifetimes() {}

    static void check(Item item, Diagnostics diags, List<ItemDiagnostic> out) {
        switch (item) {
            case Item.Struct s -> fields(s.nameRange(), s.generics().params().isEmpty(),
                    s.fields().stream().map(Item.Field::type).toList(), diags, out);
            case Item.Enum e -> fields(e.nameRange(), e.generics().params().isEmpty(),
                    e.variants().stream().flatMap(v -> v.fields().stream()).map(Item.Field::type).toList(), diags, out);
            case Item.Fn f -> fnReturn(f, diags, out);
            default -> { }
        }
    }

    private static void fields(TextRange name, boolean noGenerics, List<TypeRef> types, Diagnostics diags,
                               List<ItemDiagnostic> out) {
        var refs = new ArrayList<TypeRef.RefType>();
        types.forEach(t -> elided(t, refs));
        for (var ref : refs) {
            var d = Diagnostic.error("E0106", "missing lifetime specifier", diags.span(
                    new TextRange(ref.range().start(), ref.range().start() + 1)), "expected named lifetime parameter");
            if (noGenerics && name != null) {
                d = d.withChild(diags.suggestParts("consider introducing a named lifetime parameter",
                        List.of(TextRange.at(name.end()), TextRange.at(ref.range().start() + 1)), List.of("<'a>", "'a "),
                        Applicability.MAYBE_INCORRECT));
            }
            out.add(diags.inItem(d));
        }
    }

    private static void fnReturn(Item.Fn f, Diagnostics diags, List<ItemDiagnostic> out) {
        if (f.ret() == null || f.selfParam() != null || f.qualifiers().isAsync()) {
            return;
        }
        var refs = new ArrayList<TypeRef.RefType>();
        elided(f.ret(), refs);
        if (refs.size() != 1) {
            return;
        }
        if (!f.params().isEmpty()) {
            ambiguous(f, refs.getFirst(), diags, out);
            return;
        }
        if (refs.getFirst().mutable()) {
            return;
        }
        var ref = refs.getFirst();
        int amp = ref.range().start();
        var d = Diagnostic.error("E0106", "missing lifetime specifier", diags.span(new TextRange(amp, amp + 1)),
                        "expected named lifetime parameter")
                .withChild(SubDiagnostic.help("this function's return type contains a borrowed value, but there is no "
                        + "value for it to be borrowed from"))
                .withChild(diags.suggestParts("consider using the `'static` lifetime, but this is uncommon unless "
                                + "you're returning a borrowed value from a `const` or a `static`",
                        List.of(TextRange.at(amp + 1)), List.of("'static "), Applicability.MAYBE_INCORRECT));
        String owned = owned(ref.inner());
        if (owned != null) {
            d = d.withChild(diags.suggestParts("instead, you are more likely to want to return an owned value",
                    List.of(ref.range()), List.of(owned), Applicability.MAYBE_INCORRECT));
        }
        out.add(diags.inItem(d));
    }

    /**
     * Exactly two parameters are references to lifetime-free types and the others are
     * lifetime-free values: rustc cannot tell which one the result borrows from.
     */
    private static void ambiguous(Item.Fn f, TypeRef.RefType ret, Diagnostics diags, List<ItemDiagnostic> out) {
        if (!f.generics().params().isEmpty() || f.nameRange() == null) {
            return;
        }
        var borrowed = new ArrayList<Item.Param>();
        for (var p : f.params()) {
            if (p.type() instanceof TypeRef.RefType r && r.lifetime() == null && lifetimeFree(r.inner())) {
                borrowed.add(p);
            } else if (!lifetimeFree(p.type())) {
                return;
            }
        }
        if (borrowed.size() != 2 || borrowed.stream().anyMatch(p -> p.bindings().size() != 1
                || !p.pattern().equals(p.bindings().getFirst()))) {
            return;
        }
        var ranges = new ArrayList<TextRange>();
        var texts = new ArrayList<String>();
        ranges.add(TextRange.at(f.nameRange().end()));
        texts.add("<'a>");
        var d = Diagnostic.error("E0106", "missing lifetime specifier",
                diags.span(new TextRange(ret.range().start(), ret.range().start() + 1)), "expected named lifetime parameter");
        for (var p : borrowed) {
            d = d.withLabel(new brisk.diagnostics.Label(diags.span(p.type().range()), "", false));
            ranges.add(TextRange.at(p.type().range().start() + 1));
            texts.add("'a ");
        }
        ranges.add(TextRange.at(ret.range().start() + 1));
        texts.add("'a ");
        d = d.withChild(SubDiagnostic.help("this function's return type contains a borrowed value, but the signature "
                        + "does not say whether it is borrowed from `" + borrowed.get(0).bindings().getFirst() + "` or `"
                        + borrowed.get(1).bindings().getFirst() + "`"))
                .withChild(diags.suggestParts("consider introducing a named lifetime parameter", ranges, texts,
                        Applicability.MAYBE_INCORRECT));
        out.add(diags.inItem(d));
    }

    private static final java.util.Set<String> SCALARS = java.util.Set.of("i8", "i16", "i32", "i64", "i128", "isize",
            "u8", "u16", "u32", "u64", "u128", "usize", "f32", "f64", "bool", "char", "str", "String");

    /** A primitive, {@code str} or {@code String}, or a slice or array of one: holds no lifetime. */
    private static boolean lifetimeFree(TypeRef type) {
        return switch (type) {
            case TypeRef.PathType p -> p.path().isSingleName() && p.path().segments().getFirst().genericArgs().isEmpty()
                    && SCALARS.contains(p.path().lastName());
            case TypeRef.SliceType s -> lifetimeFree(s.element());
            case TypeRef.ArrayType a -> lifetimeFree(a.element());
            default -> false;
        };
    }

    /** What rustc proposes to return instead of {@code &inner}: {@code String} for {@code str}, else the type itself. */
    private static String owned(TypeRef inner) {
        if (inner instanceof TypeRef.PathType p && p.path().isSingleName() && p.path().segments().getFirst().genericArgs().isEmpty()) {
            String name = p.path().lastName();
            return name.equals("str") ? "String" : name;
        }
        return null;
    }

    /** References without a lifetime in {@code type}, outside fn pointers and trait objects. */
    private static void elided(TypeRef type, List<TypeRef.RefType> out) {
        switch (type) {
            case TypeRef.RefType r -> {
                if (r.lifetime() == null) {
                    out.add(r);
                }
                elided(r.inner(), out);
            }
            case TypeRef.PathType p -> p.path().segments().forEach(s -> s.genericArgs().forEach(a -> elided(a, out)));
            case TypeRef.PtrType p -> elided(p.inner(), out);
            case TypeRef.TupleType t -> t.elements().forEach(e -> elided(e, out));
            case TypeRef.ArrayType a -> elided(a.element(), out);
            case TypeRef.SliceType s -> elided(s.element(), out);
            default -> { }
        }
    }
}
