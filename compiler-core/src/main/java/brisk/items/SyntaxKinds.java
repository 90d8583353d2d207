package brisk.items;

import brisk.syntax.SyntaxKind;
import java.util.EnumSet;
import java.util.Set;

/** Groups of syntax kinds that lowering asks about. */
public final class SyntaxKinds {
    public static final Set<SyntaxKind> TYPES = EnumSet.of(SyntaxKind.PATH_TYPE, SyntaxKind.REF_TYPE,
            SyntaxKind.PTR_TYPE, SyntaxKind.TUPLE_TYPE, SyntaxKind.ARRAY_TYPE, SyntaxKind.SLICE_TYPE,
            SyntaxKind.IMPL_TRAIT_TYPE, SyntaxKind.DYN_TRAIT_TYPE, SyntaxKind.FN_PTR_TYPE, SyntaxKind.NEVER_TYPE,
            SyntaxKind.INFER_TYPE, SyntaxKind.PAREN_TYPE, SyntaxKind.FOR_TYPE, SyntaxKind.MACRO_TYPE);

    public static final Set<SyntaxKind> ITEMS = EnumSet.of(SyntaxKind.CONST, SyntaxKind.ENUM,
            SyntaxKind.EXTERN_BLOCK, SyntaxKind.EXTERN_CRATE, SyntaxKind.FN, SyntaxKind.IMPL, SyntaxKind.MACRO_CALL,
            SyntaxKind.MACRO_RULES, SyntaxKind.MODULE, SyntaxKind.STATIC, SyntaxKind.STRUCT, SyntaxKind.TRAIT,
            SyntaxKind.TYPE_ALIAS, SyntaxKind.UNION, SyntaxKind.USE);

    private SyntaxKinds() {}
}
