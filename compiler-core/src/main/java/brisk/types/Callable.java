package brisk.types;

import java.util.List;

/**
 * What a path or callee expression denotes for a call: a fn (with its instantiated parameter and
 * return types), a tuple constructor, or a plain value ({@code params} null).
 */
record Callable(FnRef fn, List<Ty> params, Ty ret, Ty[] generics, Ty value, String kindWord) {
    static Callable value(Ty ty) {
        return new Callable(null, null, ty, new Ty[0], ty, "value");
    }

    static Callable fn(FnRef fn, List<Ty> params, Ty ret, Ty[] generics, String kindWord) {
        return new Callable(fn, params, ret, generics, null, kindWord);
    }

    Ty asValue() {
        if (value != null) {
            return value;
        }
        return fn == null ? new Ty.FnPtr(params, ret) : new Ty.FnDef(fn, params, ret);
    }

    /** A call through a value: fn items, fn pointers, closures, and generics bounded by an Fn trait. */
    static Callable fromType(BodyInference inf, Ty ty) {
        ty = inf.shallow(ty);
        while (ty instanceof Ty.Ref || inf.std.is(ty, "Box") && !((Ty.Adt) ty).args().isEmpty()) {
            ty = inf.shallow(ty instanceof Ty.Ref r ? r.inner() : ((Ty.Adt) ty).args().getFirst());
        }
        return switch (ty) {
            case Ty.FnDef f -> new Callable(null, f.params(), f.ret(), new Ty[0], null, "function");
            case Ty.FnPtr f -> new Callable(null, f.params(), f.ret(), new Ty[0], null, "function");
            case Ty.Closure c -> new Callable(null, c.params(), c.ret(), new Ty[0], null, "function");
            case Ty.Param p -> fromBounds(inf, ty);
            case Ty.Opaque o -> fromBounds(inf, ty);
            case Ty.Dyn d -> fromBounds(inf, ty);
            default -> null;
        };
    }

    /**
     * The trait of a {@code dyn} type: for Fn-sugar bounds the output is kept as a second trait
     * argument ({@code dyn Fn(i32) -> i32} is {@code Fn<(i32,), i32>}), since a {@code Ty.Dyn} has no
     * associated type bindings and calls through it need the output.
     */
    static Ty.TraitRef dynTrait(Predicate bound) {
        var t = bound.trait();
        Ty out = bound.assoc().get("Output");
        if (StdItems.isFnTrait(t.name()) && t.args().size() == 1 && out != null) {
            return new Ty.TraitRef(t.trait(), t.name(), List.of(t.args().getFirst(), out));
        }
        return t;
    }

    /** The Fn-sugar predicate of a {@code dyn Fn..} type (see {@link #dynTrait}); output {@code orElse} if unknown. */
    static Predicate dynPredicate(Ty subject, Ty.Dyn d, Ty orElse) {
        var t = d.trait();
        if (t.args().size() == 2) {
            return new Predicate(subject, new Ty.TraitRef(t.trait(), t.name(), List.of(t.args().getFirst())),
                    java.util.Map.of("Output", t.args().get(1)));
        }
        return new Predicate(subject, t, java.util.Map.of("Output", orElse));
    }

    private static Callable fromBounds(BodyInference inf, Ty ty) {
        List<Predicate> preds = ty instanceof Ty.Dyn d ? List.of(dynPredicate(ty, d, Ty.ERROR)) : inf.boundsOf(ty);
        for (var p : preds) {
            var params = p.fnSugarParams();
            if (params != null) {
                return new Callable(null, params.stream().map(inf::normalize).toList(),
                        inf.normalize(p.assoc().get("Output")), new Ty[0], null, "function");
            }
        }
        return null;
    }
}
