package brisk.types;

import java.util.ArrayList;
import java.util.List;

/** Substitution of generic parameters ({@link Ty.Param}) by arguments; {@code Self} is index -1. */
final class Subst {
    private Subst() {}

    static Ty apply(Ty ty, Ty[] args, Ty self) {
        return switch (ty) {
            case Ty.Param p -> p.index() < 0 ? (self == null ? ty : self)
                    : p.index() < args.length && args[p.index()] != null ? args[p.index()] : ty;
            case Ty.Prim p -> ty;
            case Ty.Error e -> ty;
            case Ty.Never n -> ty;
            case Ty.Infer i -> ty;
            case Ty.Tuple t -> t.elements().isEmpty() ? ty : new Ty.Tuple(list(t.elements(), args, self));
            case Ty.Ref r -> new Ty.Ref(apply(r.inner(), args, self), r.mutable());
            case Ty.Ptr p -> new Ty.Ptr(apply(p.inner(), args, self), p.mutable());
            case Ty.Array a -> new Ty.Array(apply(a.element(), args, self), a.length());
            case Ty.Slice s -> new Ty.Slice(apply(s.element(), args, self));
            case Ty.Adt a -> a.args().isEmpty() ? ty : new Ty.Adt(a.def(), a.name(), list(a.args(), args, self));
            case Ty.FnDef f -> new Ty.FnDef(f.fn(), list(f.params(), args, self), apply(f.ret(), args, self));
            case Ty.FnPtr f -> new Ty.FnPtr(list(f.params(), args, self), apply(f.ret(), args, self));
            case Ty.Closure c -> ty;
            case Ty.Dyn d -> new Ty.Dyn(trait(d.trait(), args, self));
            case Ty.Opaque o -> {
                var assoc = new java.util.HashMap<String, Ty>();
                o.assoc().forEach((k, v) -> assoc.put(k, apply(v, args, self)));
                yield new Ty.Opaque(o.bounds().stream().map(b -> trait(b, args, self)).toList(), assoc);
            }
            case Ty.Projection p -> new Ty.Projection(apply(p.self(), args, self), trait(p.trait(), args, self),
                    p.name());
        };
    }

    static Ty.TraitRef trait(Ty.TraitRef t, Ty[] args, Ty self) {
        return t.args().isEmpty() ? t : new Ty.TraitRef(t.trait(), t.name(), list(t.args(), args, self));
    }

    static Predicate predicate(Predicate p, Ty[] args, Ty self) {
        var assoc = new java.util.HashMap<String, Ty>();
        p.assoc().forEach((k, v) -> assoc.put(k, apply(v, args, self)));
        return new Predicate(apply(p.subject(), args, self), trait(p.trait(), args, self), assoc);
    }

    private static List<Ty> list(List<Ty> tys, Ty[] args, Ty self) {
        var out = new ArrayList<Ty>(tys.size());
        for (var t : tys) {
            out.add(apply(t, args, self));
        }
        return out;
    }
}
