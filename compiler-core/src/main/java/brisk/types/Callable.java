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
        while (ty instanceof Ty.Ref r) {
            ty = inf.shallow(r.inner());
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

    private static Callable fromBounds(BodyInference inf, Ty ty) {
        List<Predicate> preds = ty instanceof Ty.Dyn d ? List.of(new Predicate(ty, d.trait(), java.util.Map.of()))
                : inf.boundsOf(ty);
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
