package brisk.types;

import brisk.base.TextRange;
import brisk.items.Nodes;
import brisk.items.Path;
import brisk.resolve.Def;
import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import java.util.List;

/**
 * Patterns against an expected type, giving every binding its type, with match ergonomics: a
 * non-reference pattern matched against {@code &T} looks through the reference and switches the
 * default binding mode to by-reference (rustc RFC 2005).
 */
final class Patterns {
    private final BodyInference inf;

    private enum Mode { MOVE, REF, REF_MUT }

    Patterns(BodyInference inf) {
        this.inf = inf;
    }

    static boolean isPattern(SyntaxNode node) {
        return switch (node.kind()) {
            case IDENT_PAT, WILDCARD_PAT, REST_PAT, LITERAL_PAT, RANGE_PAT, TUPLE_PAT, TUPLE_STRUCT_PAT, RECORD_PAT,
                 REF_PAT, SLICE_PAT, OR_PAT, PATH_PAT, PAREN_PAT, MACRO_PAT -> true;
            default -> false;
        };
    }

    void bind(SyntaxNode pat, Ty expected) {
        if (pat != null) {
            bind(pat, expected, Mode.MOVE);
        }
    }

    private void bind(SyntaxNode pat, Ty expected, Mode mode) {
        switch (pat.kind()) {
            case IDENT_PAT -> ident(pat, expected, mode);
            case PAREN_PAT -> children(pat).forEach(c -> bind(c, expected, mode));
            case OR_PAT -> children(pat).forEach(c -> bind(c, expected, mode));
            case REF_PAT -> {
                var inner = children(pat).isEmpty() ? null : children(pat).getFirst();
                Ty e = inf.shallow(expected);
                Ty innerTy;
                if (e instanceof Ty.Ref r) {
                    innerTy = r.inner();
                } else {
                    innerTy = inf.var();
                    inf.table.unify(e, new Ty.Ref(innerTy, Nodes.hasToken(pat, SyntaxKind.MUT_KW)));
                }
                if (inner != null) {
                    bind(inner, innerTy, Mode.MOVE);
                }
            }
            case TUPLE_PAT -> {
                var p = peel(expected, mode);
                var kids = children(pat);
                Ty e = inf.shallow(p.ty);
                if (e instanceof Ty.Infer && kids.stream().noneMatch(k -> k.kind() == SyntaxKind.REST_PAT)) {
                    var vars = kids.stream().map(k -> (Ty) inf.var()).toList();
                    inf.table.unify(e, new Ty.Tuple(vars));
                    e = inf.shallow(e);
                }
                if (e instanceof Ty.Tuple t) {
                    sequence(kids, t.elements(), p.mode);
                } else {
                    if (!(e instanceof Ty.Error) && !inf.table.isUnknown(e)) {
                        inf.mismatch(e, new Ty.Tuple(kids.stream().map(k -> (Ty) inf.var()).toList()), pat.textRange());
                    }
                    kids.forEach(k -> bind(k, Ty.ERROR, p.mode));
                }
            }
            case TUPLE_STRUCT_PAT, RECORD_PAT, PATH_PAT -> adtPattern(pat, expected, mode);
            case SLICE_PAT -> {
                var p = peel(expected, mode);
                Ty e = inf.shallow(p.ty);
                Ty elem = e instanceof Ty.Array a ? a.element() : e instanceof Ty.Slice s ? s.element() : Ty.ERROR;
                for (var k : children(pat)) {
                    if (k.kind() == SyntaxKind.IDENT_PAT && !children(k).isEmpty()
                            && children(k).getFirst().kind() == SyntaxKind.REST_PAT) {
                        Ty rest = new Ty.Slice(elem);
                        record(k, p.mode == Mode.MOVE ? rest : new Ty.Ref(rest, p.mode == Mode.REF_MUT));
                    } else {
                        bind(k, elem, p.mode);
                    }
                }
            }
            case LITERAL_PAT, RANGE_PAT -> {
                Ty e = peelToStrRef(expected);
                if (e == null) {
                    e = peel(expected, mode).ty;
                }
                for (var lit : pat.descendants()) {
                    if (lit.kind() == SyntaxKind.LITERAL) {
                        Ty lt = inf.exprs.literal(lit);
                        if (lit.parent() != null && lit.parent().kind() == SyntaxKind.PREFIX_EXPR) {
                            lt = inf.shallow(lt);
                        }
                        if (!inf.table.tryUnify(lt, e)) {
                            inf.mismatch(e, lt, pat.textRange());
                            return;
                        }
                    }
                }
            }
            default -> { }
        }
    }

    private record Peeled(Ty ty, Mode mode) {}

    /** A string literal pattern matches {@code &str}: references above that one are peeled, not it. */
    private Ty peelToStrRef(Ty expected) {
        Ty e = inf.shallow(expected);
        while (e instanceof Ty.Ref r) {
            Ty inner = inf.shallow(r.inner());
            if (inner instanceof Ty.Prim s && s.kind() == Ty.PrimKind.STR) {
                return e;
            }
            e = inner;
        }
        return null;
    }

    private Peeled peel(Ty expected, Mode mode) {
        Ty e = inf.shallow(expected);
        while (e instanceof Ty.Ref r) {
            mode = r.mutable() && mode != Mode.REF ? Mode.REF_MUT : Mode.REF;
            e = inf.shallow(r.inner());
        }
        return new Peeled(e, mode);
    }

    private void sequence(List<SyntaxNode> kids, List<Ty> types, Mode mode) {
        int rest = -1;
        for (int i = 0; i < kids.size(); i++) {
            if (kids.get(i).kind() == SyntaxKind.REST_PAT) {
                rest = i;
            }
        }
        for (int i = 0; i < kids.size(); i++) {
            if (i == rest) {
                continue;
            }
            int index = rest < 0 || i < rest ? i : types.size() - (kids.size() - i);
            bind(kids.get(i), index >= 0 && index < types.size() ? types.get(index) : Ty.ERROR, mode);
        }
    }

    private void ident(SyntaxNode pat, Ty expected, Mode mode) {
        String name = Nodes.name(pat);
        var subs = children(pat);
        boolean byRef = Nodes.hasToken(pat, SyntaxKind.REF_KW);
        boolean mut = Nodes.hasToken(pat, SyntaxKind.MUT_KW);
        if (name != null && subs.isEmpty() && !byRef && !mut && inf.lowering.scope().isUnitLike(name)) {
            var path = new Path(Path.Anchor.PLAIN, 0, List.of(new Path.Segment(name, List.of(), TextRange.at(0))),
                    TextRange.at(0));
            unitLike(pat, path, expected, mode);
            return;
        }
        Ty t = byRef ? new Ty.Ref(expected, mut) : switch (mode) {
            case MOVE -> expected;
            case REF -> new Ty.Ref(expected, false);
            case REF_MUT -> new Ty.Ref(expected, true);
        };
        record(pat, t);
        if (!subs.isEmpty()) {
            bind(subs.getFirst(), expected, mode);
        }
    }

    private void record(SyntaxNode pat, Ty t) {
        inf.bindings.put(pat.textRange(), t);
    }

    private void unitLike(SyntaxNode pat, Path path, Ty expected, Mode mode) {
        var p = peel(expected, mode);
        Def def = inf.lowering.scope().resolveValue(path, "value");
        Ty t = switch (def) {
            case Def.Variant v -> {
                var adt = TypeQueries.adtDef(inf.ctx, inf.owner.crate(), v.enumLoc());
                yield adt == null ? Ty.ERROR : new Ty.Adt(adt.loc(), adt.name(), List.of(inf.fresh(adt.generics().size())));
            }
            case Def.Item item when item.kind() == Def.DefKind.STRUCT -> inf.lowering.def(def, List.of());
            case Def.Item item when item.kind() == Def.DefKind.CONST || item.kind() == Def.DefKind.STATIC -> {
                var owner = TypeQueries.ownerOf(inf.ctx, inf.owner.crate(), item.loc());
                yield owner == null ? Ty.ERROR : inf.ctx.get(TypeQueries.VALUE_TYPE, owner);
            }
            default -> Ty.ERROR;
        };
        unifyPattern(pat, t, p.ty);
    }

    private void unifyPattern(SyntaxNode pat, Ty patTy, Ty expected) {
        if (!inf.table.tryUnify(patTy, expected)) {
            inf.mismatch(expected, patTy, pat.textRange());
        }
    }

    private void adtPattern(SyntaxNode pat, Ty expected, Mode mode) {
        var p = peel(expected, mode);
        var pathNode = BodyInference.kid(pat, SyntaxKind.PATH);
        var target = pathNode == null ? null : Paths.structTarget(inf, inf.path(pathNode),
                pat.kind() != SyntaxKind.RECORD_PAT);
        if (target == null) {
            if (pat.kind() == SyntaxKind.PATH_PAT && pathNode != null) {
                var path = inf.path(pathNode);
                var c = Paths.value(inf, pathNode);
                if (c != null && c.params() == null && path.segments().size() > 0) {
                    unifyPattern(pat, c.asValue(), p.ty);
                    return;
                }
            }
            for (var k : subPatterns(pat)) {
                bind(k, Ty.ERROR, p.mode);
            }
            return;
        }
        unifyPattern(pat, target.adt(), p.ty);
        var args = target.adt().args().toArray(Ty[]::new);
        var variant = target.variant();
        if (pat.kind() == SyntaxKind.TUPLE_STRUCT_PAT) {
            var types = variant.fieldTypes().stream().map(f -> Subst.apply(f, args, null)).toList();
            sequence(children(pat), types, p.mode);
        } else if (pat.kind() == SyntaxKind.RECORD_PAT) {
            var list = BodyInference.kid(pat, SyntaxKind.RECORD_PAT_FIELD_LIST);
            if (list == null) {
                return;
            }
            for (var f : BodyInference.kids(list, SyntaxKind.RECORD_PAT_FIELD)) {
                var nameRef = BodyInference.kid(f, SyntaxKind.NAME_REF);
                var sub = children(f).isEmpty() ? null : children(f).getFirst();
                String name = nameRef != null ? Nodes.identText(nameRef) : sub != null ? Nodes.name(sub) : null;
                int index = name == null ? -1 : variant.fieldIndex(name);
                Ty ft = index < 0 ? Ty.ERROR : Subst.apply(variant.fieldTypes().get(index), args, null);
                if (sub != null) {
                    bind(sub, ft, p.mode);
                }
            }
        }
    }

    private static List<SyntaxNode> subPatterns(SyntaxNode pat) {
        var out = new java.util.ArrayList<SyntaxNode>(children(pat));
        var list = BodyInference.kid(pat, SyntaxKind.RECORD_PAT_FIELD_LIST);
        if (list != null) {
            for (var f : BodyInference.kids(list, SyntaxKind.RECORD_PAT_FIELD)) {
                out.addAll(children(f));
            }
        }
        return out;
    }

    private static List<SyntaxNode> children(SyntaxNode pat) {
        return pat.children().stream().filter(Patterns::isPattern).toList();
    }
}
