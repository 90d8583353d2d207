package brisk.items;

import static brisk.items.Nodes.child;
import static brisk.items.Nodes.children;
import static brisk.items.Nodes.hasToken;

import brisk.base.TextRange;
import brisk.syntax.SyntaxElement;
import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import brisk.syntax.SyntaxToken;
import java.util.ArrayList;
import java.util.List;

/**
 * Lowers paths, types, bounds and generics from syntax. Every range is made relative to
 * {@code anchor} (the owning item's start, or a body's start), which keeps lowered signatures
 * equal when text above them moves.
 */
public final class TypeLowering {
    private final int anchor;

    public TypeLowering(int anchor) {
        this.anchor = anchor;
    }

    TextRange rel(SyntaxNode node) {
        return node.textRange().shift(-anchor);
    }

    TextRange rel(TextRange absolute) {
        return absolute.shift(-anchor);
    }

    TextRange rel(SyntaxToken token) {
        return token.textRange().shift(-anchor);
    }

    /** A PATH node; qualifiers nest to the left, as {@code a::b::c} is PATH(PATH(PATH(a) b) c). */
    public Path path(SyntaxNode pathNode) {
        var segments = new ArrayList<SyntaxNode>();
        for (var p = pathNode; p != null; p = child(p, SyntaxKind.PATH)) {
            var seg = child(p, SyntaxKind.PATH_SEGMENT);
            if (seg != null) {
                segments.addFirst(seg);
            }
        }
        Path.Anchor kind = Path.Anchor.PLAIN;
        int supers = 0;
        var lowered = new ArrayList<Path.Segment>();
        boolean first = true;
        for (var seg : segments) {
            var keyword = keywordOf(seg);
            if (first && hasLeadingColons(seg)) {
                kind = Path.Anchor.GLOBAL;
            }
            if (keyword == SyntaxKind.CRATE_KW && first) {
                kind = Path.Anchor.CRATE;
            } else if (keyword == SyntaxKind.SELF_KW && first) {
                kind = Path.Anchor.SELF;
            } else if (keyword == SyntaxKind.SUPER_KW && (first || kind == Path.Anchor.SUPER) && lowered.isEmpty()) {
                kind = Path.Anchor.SUPER;
                supers++;
            } else {
                lowered.add(segment(seg));
            }
            first = false;
        }
        return new Path(kind, supers, lowered, rel(pathNode));
    }

    private static boolean hasLeadingColons(SyntaxNode segment) {
        for (SyntaxElement e : segment.childrenWithTokens()) {
            if (e instanceof SyntaxToken t) {
                if (t.kind().isTrivia()) {
                    continue;
                }
                return t.kind() == SyntaxKind.COLON2;
            }
            return false;
        }
        return false;
    }

    private static SyntaxKind keywordOf(SyntaxNode segment) {
        var ref = child(segment, SyntaxKind.NAME_REF);
        SyntaxNode holder = ref != null ? ref : segment;
        for (SyntaxElement e : holder.childrenWithTokens()) {
            if (e instanceof SyntaxToken t) {
                switch (t.kind()) {
                    case CRATE_KW, SELF_KW, SUPER_KW -> {
                        return t.kind();
                    }
                    default -> { }
                }
            }
        }
        return null;
    }

    private Path.Segment segment(SyntaxNode seg) {
        var ref = child(seg, SyntaxKind.NAME_REF);
        String name;
        TextRange range;
        if (ref != null) {
            name = Nodes.identText(ref);
            range = rel(ref);
        } else {
            boolean qualified = Nodes.hasToken(seg, SyntaxKind.LT);
            name = qualified ? Path.Segment.QUALIFIED : Path.Segment.MISSING;
            range = rel(seg);
        }
        var args = new ArrayList<TypeRef>();
        var argList = child(seg, SyntaxKind.GENERIC_ARG_LIST);
        if (argList != null) {
            for (var arg : argList.children()) {
                switch (arg.kind()) {
                    case TYPE_ARG -> args.add(typeChild(arg));
                    case ASSOC_TYPE_ARG -> {
                        var t = typeChild(arg);
                        if (t != null) {
                            args.add(t);
                        }
                    }
                    default -> { }
                }
            }
        }
        var fnSugar = child(seg, SyntaxKind.PARAM_LIST);
        if (fnSugar != null) {
            for (var p : fnSugar.children()) {
                var t = p.kind() == SyntaxKind.PARAM ? typeChild(p) : type(p);
                if (t != null) {
                    args.add(t);
                }
            }
            var ret = child(seg, SyntaxKind.RET_TYPE);
            if (ret != null && typeChild(ret) != null) {
                args.add(typeChild(ret));
            }
        }
        args.removeIf(java.util.Objects::isNull);
        return new Path.Segment(name == null ? Path.Segment.MISSING : name, args, range);
    }

    /** The first type child of {@code node}, lowered; null if it has none. */
    public TypeRef typeChild(SyntaxNode node) {
        var t = Nodes.firstOf(node, SyntaxKinds.TYPES);
        return t == null ? null : type(t);
    }

    public TypeRef type(SyntaxNode node) {
        if (node == null) {
            return null;
        }
        var range = rel(node);
        return switch (node.kind()) {
            case PATH_TYPE -> {
                var path = child(node, SyntaxKind.PATH);
                yield path == null ? new TypeRef.ErrorType(range) : new TypeRef.PathType(path(path), range);
            }
            case REF_TYPE -> {
                var lifetime = child(node, SyntaxKind.LIFETIME);
                yield new TypeRef.RefType(hasToken(node, SyntaxKind.MUT_KW),
                        lifetime == null ? null : lifetime.text().strip(), orError(typeChild(node), range), range);
            }
            case PTR_TYPE -> new TypeRef.PtrType(hasToken(node, SyntaxKind.MUT_KW), orError(typeChild(node), range),
                    range);
            case TUPLE_TYPE -> new TypeRef.TupleType(
                    Nodes.allOf(node, SyntaxKinds.TYPES).stream().map(this::type).toList(), range);
            case ARRAY_TYPE -> {
                var len = node.children().stream().filter(c -> !SyntaxKinds.TYPES.contains(c.kind())).findFirst();
                yield new TypeRef.ArrayType(orError(typeChild(node), range),
                        len.map(n -> n.text().strip()).orElse(""), range);
            }
            case SLICE_TYPE -> new TypeRef.SliceType(orError(typeChild(node), range), range);
            case PAREN_TYPE -> orError(typeChild(node), range);
            case FOR_TYPE -> orError(typeChild(node), range);
            case NEVER_TYPE -> new TypeRef.NeverType(range);
            case INFER_TYPE -> new TypeRef.InferType(range);
            case IMPL_TRAIT_TYPE -> new TypeRef.ImplTraitType(bounds(child(node, SyntaxKind.TYPE_BOUND_LIST)), range);
            case DYN_TRAIT_TYPE -> new TypeRef.DynTraitType(bounds(child(node, SyntaxKind.TYPE_BOUND_LIST)), range);
            case FN_PTR_TYPE -> {
                var params = new ArrayList<TypeRef>();
                for (var p : children(child(node, SyntaxKind.PARAM_LIST), SyntaxKind.PARAM)) {
                    params.add(orError(typeChild(p), rel(p)));
                }
                var ret = child(node, SyntaxKind.RET_TYPE);
                yield new TypeRef.FnPtrType(params, ret == null ? null : typeChild(ret), range);
            }
            default -> new TypeRef.ErrorType(range);
        };
    }

    private static TypeRef orError(TypeRef t, TextRange range) {
        return t != null ? t : new TypeRef.ErrorType(range);
    }

    public List<Bound> bounds(SyntaxNode boundList) {
        var out = new ArrayList<Bound>();
        for (var bound : children(boundList, SyntaxKind.TYPE_BOUND)) {
            var lifetime = child(bound, SyntaxKind.LIFETIME);
            if (lifetime != null) {
                out.add(new Bound.LifetimeBound(lifetime.text().strip()));
                continue;
            }
            var t = Nodes.firstOf(bound, SyntaxKinds.TYPES);
            while (t != null && (t.kind() == SyntaxKind.FOR_TYPE || t.kind() == SyntaxKind.PAREN_TYPE)) {
                t = Nodes.firstOf(t, SyntaxKinds.TYPES);
            }
            if (t == null || t.kind() != SyntaxKind.PATH_TYPE || child(t, SyntaxKind.PATH) == null) {
                continue;
            }
            var path = path(child(t, SyntaxKind.PATH));
            boolean maybe = hasToken(bound, SyntaxKind.QUESTION);
            var lastSeg = lastSegmentNode(child(t, SyntaxKind.PATH));
            var sugar = lastSeg == null ? null : child(lastSeg, SyntaxKind.PARAM_LIST);
            if (sugar != null) {
                var params = new ArrayList<TypeRef>();
                for (var p : sugar.children()) {
                    var pt = p.kind() == SyntaxKind.PARAM ? typeChild(p) : type(p);
                    if (pt != null) {
                        params.add(pt);
                    }
                }
                var ret = child(lastSeg, SyntaxKind.RET_TYPE);
                out.add(new Bound.TraitBound(path, maybe, params, ret == null ? null : typeChild(ret)));
            } else {
                out.add(new Bound.TraitBound(path, maybe, null, null));
            }
        }
        return out;
    }

    private static SyntaxNode lastSegmentNode(SyntaxNode path) {
        return child(path, SyntaxKind.PATH_SEGMENT);
    }

    public Generics generics(SyntaxNode paramList, SyntaxNode whereClause) {
        var params = new ArrayList<Generics.Param>();
        if (paramList != null) {
            for (var p : paramList.children()) {
                switch (p.kind()) {
                    case TYPE_PARAM -> {
                        var bounds = bounds(child(p, SyntaxKind.TYPE_BOUND_LIST));
                        params.add(new Generics.TypeParam(String.valueOf(Nodes.name(p)), bounds, typeChild(p)));
                    }
                    case LIFETIME_PARAM -> {
                        var lt = child(p, SyntaxKind.LIFETIME);
                        params.add(new Generics.LifetimeParam(lt == null ? "'_" : lt.text().strip()));
                    }
                    case CONST_PARAM -> params.add(new Generics.ConstParam(String.valueOf(Nodes.name(p)),
                            typeChild(p)));
                    default -> { }
                }
            }
        }
        var where = new ArrayList<Generics.Predicate>();
        for (var pred : children(whereClause, SyntaxKind.WHERE_PRED)) {
            var bounded = typeChild(pred);
            if (bounded != null) {
                where.add(new Generics.Predicate(bounded, bounds(child(pred, SyntaxKind.TYPE_BOUND_LIST))));
            }
        }
        return params.isEmpty() && where.isEmpty() ? Generics.NONE : new Generics(params, where);
    }

    public Visibility visibility(SyntaxNode owner) {
        var vis = child(owner, SyntaxKind.VISIBILITY);
        if (vis == null) {
            return Visibility.PRIVATE;
        }
        var path = child(vis, SyntaxKind.PATH);
        if (path != null) {
            return new Visibility(Visibility.Kind.RESTRICTED, path(path));
        }
        if (hasToken(vis, SyntaxKind.CRATE_KW)) {
            return Visibility.CRATE;
        }
        if (hasToken(vis, SyntaxKind.SUPER_KW)) {
            return new Visibility(Visibility.Kind.RESTRICTED,
                    new Path(Path.Anchor.SUPER, 1, List.of(), rel(vis)));
        }
        if (hasToken(vis, SyntaxKind.SELF_KW)) {
            return new Visibility(Visibility.Kind.RESTRICTED, new Path(Path.Anchor.SELF, 0, List.of(), rel(vis)));
        }
        return Visibility.PUBLIC;
    }
}
