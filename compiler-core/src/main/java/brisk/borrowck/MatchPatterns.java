package brisk.borrowck;

import brisk.items.Nodes;
import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import brisk.syntax.SyntaxToken;
import brisk.types.InferenceResult;
import brisk.types.Ty;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Lowers a pattern's syntax to a {@link Pat} against the type it matches, with match ergonomics
 * (a non-reference pattern against {@code &T} matches through the reference). A binding is a
 * wildcard; a name that is not a binding must be a variant of the matched enum. Anything else
 * (constants, slices, strings, chars, floats, macros) throws {@link Usefulness.GiveUp}.
 */
final class MatchPatterns {
    private final Space.Types types;
    private final InferenceResult inference;

    MatchPatterns(Space.Types types, InferenceResult inference) {
        this.types = types;
        this.inference = inference;
    }

    Pat lower(SyntaxNode pat, Ty ty) {
        if (pat == null) {
            throw new Usefulness.GiveUp();
        }
        switch (pat.kind()) {
            case WILDCARD_PAT -> {
                return Pat.WILD;
            }
            case PAREN_PAT -> {
                return lower(single(pat), ty);
            }
            case OR_PAT -> {
                return new Pat.Or(subPatterns(pat).stream().map(p -> lower(p, ty)).toList());
            }
            case IDENT_PAT -> {
                var sub = subPatterns(pat);
                if (!sub.isEmpty()) {
                    return lower(sub.getFirst(), ty);
                }
                if (inference.bindingTypes().get(pat.textRange()) != null) {
                    return Pat.WILD;
                }
            }
            default -> { }
        }
        if (pat.kind() == SyntaxKind.REF_PAT) {
            if (!(ty instanceof Ty.Ref r)) {
                throw new Usefulness.GiveUp();
            }
            return new Pat.Ctor(new Pat.Single(), List.of(lower(single(pat), r.inner())));
        }
        if (ty instanceof Ty.Ref r) {
            return new Pat.Ctor(new Pat.Single(), List.of(lower(pat, r.inner())));
        }
        var space = types.of(ty);
        return switch (pat.kind()) {
            case LITERAL_PAT -> literal(pat, space);
            case RANGE_PAT -> range(pat, space);
            case TUPLE_PAT -> {
                if (!(space instanceof Space.Product p) || p.kind() != Space.ProductKind.TUPLE) {
                    throw new Usefulness.GiveUp();
                }
                yield new Pat.Ctor(new Pat.Single(), sequence(subPatterns(pat), p.fields()));
            }
            case TUPLE_STRUCT_PAT, RECORD_PAT, PATH_PAT, IDENT_PAT -> adt(pat, space);
            default -> throw new Usefulness.GiveUp();
        };
    }

    private Pat adt(SyntaxNode pat, Space space) {
        String name = pat.kind() == SyntaxKind.IDENT_PAT ? Nodes.name(pat) : lastSegment(Nodes.child(pat, SyntaxKind.PATH));
        if (name == null) {
            throw new Usefulness.GiveUp();
        }
        Pat.Con con;
        List<brisk.types.Ty> fieldTypes;
        List<String> fieldNames;
        switch (space) {
            case Space.Enum e -> {
                int index = -1;
                for (int i = 0; i < e.def().variants().size(); i++) {
                    if (e.def().variants().get(i).name().equals(name)) {
                        index = i;
                    }
                }
                if (index < 0) {
                    throw new Usefulness.GiveUp();
                }
                con = new Pat.Variant(index);
                fieldTypes = types.fields(space, con);
                fieldNames = e.def().variants().get(index).fieldNames();
            }
            case Space.Product p when p.kind() != Space.ProductKind.TUPLE && p.kind() != Space.ProductKind.REF
                    && name.equals(p.name()) || (p.kind() != Space.ProductKind.TUPLE && name.equals("Self")) -> {
                con = new Pat.Single();
                fieldTypes = p.fields();
                fieldNames = p.names();
            }
            default -> throw new Usefulness.GiveUp();
        }
        return switch (pat.kind()) {
            case TUPLE_STRUCT_PAT -> new Pat.Ctor(con, sequence(subPatterns(pat), fieldTypes));
            case RECORD_PAT -> new Pat.Ctor(con, record(pat, fieldTypes, fieldNames));
            default -> {
                if (!fieldTypes.isEmpty()) {
                    throw new Usefulness.GiveUp();
                }
                yield new Pat.Ctor(con, List.of());
            }
        };
    }

    private List<Pat> record(SyntaxNode pat, List<Ty> fieldTypes, List<String> fieldNames) {
        var fields = new ArrayList<>(Usefulness.wilds(fieldTypes.size()));
        var list = Nodes.child(pat, SyntaxKind.RECORD_PAT_FIELD_LIST);
        if (list == null) {
            throw new Usefulness.GiveUp();
        }
        for (var f : Nodes.children(list, SyntaxKind.RECORD_PAT_FIELD)) {
            var nameRef = Nodes.child(f, SyntaxKind.NAME_REF);
            var subs = subPatterns(f);
            var sub = subs.isEmpty() ? null : subs.getFirst();
            if (sub != null && sub.kind() == SyntaxKind.REST_PAT) {
                continue;
            }
            String name = nameRef != null ? Nodes.identText(nameRef) : sub != null ? Nodes.name(sub) : null;
            int index = name == null ? -1 : fieldNames.indexOf(name);
            if (index < 0 || sub == null) {
                throw new Usefulness.GiveUp();
            }
            fields.set(index, lower(sub, fieldTypes.get(index)));
        }
        return fields;
    }

    /** Tuple-like field patterns, a {@code ..} standing for as many wildcards as needed. */
    private List<Pat> sequence(List<SyntaxNode> pats, List<Ty> fieldTypes) {
        int rest = -1;
        for (int i = 0; i < pats.size(); i++) {
            if (pats.get(i).kind() == SyntaxKind.REST_PAT) {
                rest = i;
            }
        }
        int explicit = rest < 0 ? pats.size() : pats.size() - 1;
        if (explicit > fieldTypes.size() || (rest < 0 && explicit != fieldTypes.size())) {
            throw new Usefulness.GiveUp();
        }
        var out = new ArrayList<Pat>();
        int field = 0;
        for (int i = 0; i < pats.size(); i++) {
            if (i == rest) {
                int skipped = fieldTypes.size() - explicit;
                for (int k = 0; k < skipped; k++) {
                    out.add(Pat.WILD);
                }
                field += skipped;
            } else {
                out.add(lower(pats.get(i), fieldTypes.get(field++)));
            }
        }
        return out;
    }

    private static Pat literal(SyntaxNode pat, Space space) {
        var lit = Nodes.child(pat, SyntaxKind.LITERAL);
        if (lit == null) {
            throw new Usefulness.GiveUp();
        }
        var token = lit.firstToken();
        if (space instanceof Space.Bool && (token.kind() == SyntaxKind.TRUE_KW || token.kind() == SyntaxKind.FALSE_KW)) {
            return new Pat.Ctor(new Pat.Bool(token.kind() == SyntaxKind.TRUE_KW), List.of());
        }
        if (space instanceof Space.Int) {
            var v = integer(pat);
            return new Pat.Ctor(new Pat.Range(v, v), List.of());
        }
        throw new Usefulness.GiveUp();
    }

    private static Pat range(SyntaxNode pat, Space space) {
        if (!(space instanceof Space.Int i)) {
            throw new Usefulness.GiveUp();
        }
        var ends = pat.children();
        boolean inclusive = Nodes.hasToken(pat, SyntaxKind.DOT2EQ);
        if (ends.isEmpty() || ends.size() > 2 || ends.getFirst().kind() != SyntaxKind.LITERAL_PAT
                || pat.firstChild().textRange().start() != pat.textRange().start()) {
            throw new Usefulness.GiveUp();
        }
        var lo = integer(ends.getFirst());
        BigInteger hi;
        if (ends.size() == 1) {
            if (inclusive || Nodes.hasToken(pat, SyntaxKind.DOT3)) {
                throw new Usefulness.GiveUp();
            }
            hi = i.max();
        } else {
            if (ends.get(1).kind() != SyntaxKind.LITERAL_PAT) {
                throw new Usefulness.GiveUp();
            }
            hi = integer(ends.get(1));
            if (!inclusive) {
                hi = hi.subtract(BigInteger.ONE);
            }
        }
        if (lo.compareTo(hi) > 0) {
            throw new Usefulness.GiveUp();
        }
        return new Pat.Ctor(new Pat.Range(lo, hi), List.of());
    }

    /** The value of an integer literal pattern ({@code -0x1F_u8} style), or give up. */
    private static BigInteger integer(SyntaxNode literalPat) {
        var lit = Nodes.child(literalPat, SyntaxKind.LITERAL);
        SyntaxToken token = lit == null ? null : lit.firstToken();
        if (token == null || token.kind() != SyntaxKind.INT_NUMBER) {
            throw new Usefulness.GiveUp();
        }
        String text = token.text().replace("_", "");
        int radix = 10;
        if (text.startsWith("0x")) {
            radix = 16;
        } else if (text.startsWith("0o")) {
            radix = 8;
        } else if (text.startsWith("0b")) {
            radix = 2;
        }
        if (radix != 10) {
            text = text.substring(2);
        }
        int end = 0;
        while (end < text.length() && Character.digit(text.charAt(end), radix) >= 0
                && !(radix == 16 && (text.startsWith("i", end) || text.startsWith("u", end)))) {
            end++;
        }
        if (end == 0) {
            throw new Usefulness.GiveUp();
        }
        var v = new BigInteger(text.substring(0, end), radix);
        return Nodes.hasToken(literalPat, SyntaxKind.MINUS) ? v.negate() : v;
    }

    private static String lastSegment(SyntaxNode path) {
        if (path == null) {
            return null;
        }
        var segment = Nodes.child(path, SyntaxKind.PATH_SEGMENT);
        var nameRef = segment == null ? null : Nodes.child(segment, SyntaxKind.NAME_REF);
        return nameRef == null ? null : Nodes.identText(nameRef);
    }

    private static SyntaxNode single(SyntaxNode pat) {
        var subs = subPatterns(pat);
        return subs.size() == 1 ? subs.getFirst() : null;
    }

    static List<SyntaxNode> subPatterns(SyntaxNode node) {
        return node.children().stream().filter(MatchPatterns::isPattern).toList();
    }

    static boolean isPattern(SyntaxNode node) {
        return switch (node.kind()) {
            case IDENT_PAT, WILDCARD_PAT, REST_PAT, LITERAL_PAT, RANGE_PAT, TUPLE_PAT, TUPLE_STRUCT_PAT, RECORD_PAT,
                 REF_PAT, SLICE_PAT, OR_PAT, PATH_PAT, PAREN_PAT, MACRO_PAT -> true;
            default -> false;
        };
    }
}
