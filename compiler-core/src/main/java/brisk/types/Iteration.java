package brisk.types;

import java.util.List;

/** The item type of a {@code for} loop's iterable, as {@code IntoIterator} would give it. */
final class Iteration {
    private Iteration() {}

    static Ty itemOf(BodyInference inf, Ty iterable) {
        Ty t = inf.shallow(iterable);
        if (t instanceof Ty.Ref r) {
            Ty inner = inf.shallow(r.inner());
            if (inner instanceof Ty.Array a) {
                return new Ty.Ref(a.element(), r.mutable());
            }
            if (inner instanceof Ty.Slice s) {
                return new Ty.Ref(s.element(), r.mutable());
            }
            if (inf.std.is(inner, "Vec")) {
                return new Ty.Ref(((Ty.Adt) inner).args().getFirst(), r.mutable());
            }
            if (inf.std.is(inner, "HashMap")) {
                var args = ((Ty.Adt) inner).args();
                return new Ty.Tuple(List.of(Ty.ref(args.get(0)), new Ty.Ref(args.get(1), r.mutable())));
            }
            if (r.mutable()) {
                return itemOf(inf, inner);
            }
        }
        if (t instanceof Ty.Array a) {
            return a.element();
        }
        if (inf.std.is(t, "Vec")) {
            return ((Ty.Adt) t).args().getFirst();
        }
        if (inf.std.is(t, "HashMap")) {
            return new Ty.Tuple(((Ty.Adt) t).args());
        }
        for (String name : new String[] {"Iterator", "IntoIterator"}) {
            var trait = inf.std.get(name);
            if (trait != null) {
                Ty item = inf.project(t, new Ty.TraitRef(trait, name, List.of()), "Item");
                if (!(inf.shallow(item) instanceof Ty.Error)) {
                    return item;
                }
            }
        }
        return Ty.ERROR;
    }
}
