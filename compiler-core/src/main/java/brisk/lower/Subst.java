package brisk.lower;

import brisk.types.Ty;
import java.util.List;

/** Substitution of an instance's concrete type arguments for generic parameters. */
final class Subst {
    private Subst() {}

    static Ty apply(Ty t, List<Ty> args) {
        if (args.isEmpty()) {
            return t;
        }
        return switch (t) {
            // Self (-1) appears only in a trait's default method, whose instance passes Self last (TraitImpls).
            case Ty.Param p when p.index() < 0 -> args.getLast();
            case Ty.Param p -> p.index() >= 0 && p.index() < args.size() ? args.get(p.index()) : t;
            case Ty.Ref r -> new Ty.Ref(apply(r.inner(), args), r.mutable());
            case Ty.Ptr r -> new Ty.Ptr(apply(r.inner(), args), r.mutable());
            case Ty.Tuple tu -> new Ty.Tuple(all(tu.elements(), args));
            case Ty.Array a -> new Ty.Array(apply(a.element(), args), a.length());
            case Ty.Slice s -> new Ty.Slice(apply(s.element(), args));
            case Ty.Adt a -> new Ty.Adt(a.def(), a.name(), all(a.args(), args));
            case Ty.FnPtr f -> new Ty.FnPtr(all(f.params(), args), apply(f.ret(), args));
            case Ty.FnDef f -> new Ty.FnDef(f.fn(), all(f.params(), args), apply(f.ret(), args));
            case Ty.Closure c -> new Ty.Closure(c.id(), all(c.params(), args), apply(c.ret(), args));
            case Ty.Projection p -> new Ty.Projection(apply(p.self(), args), new Ty.TraitRef(p.trait().trait(),
                    p.trait().name(), all(p.trait().args(), args)), p.name());
            case Ty.Dyn d -> new Ty.Dyn(new Ty.TraitRef(d.trait().trait(), d.trait().name(), all(d.trait().args(), args)));
            default -> t;
        };
    }

    static List<Ty> all(List<Ty> types, List<Ty> args) {
        return types.stream().map(t -> apply(t, args)).toList();
    }
}
