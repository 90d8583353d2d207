package brisk.types;

import java.util.stream.Collectors;

/** Types as rustc prints them in messages: {@code Vec<i64>}, {@code &str}, {@code {integer}}. */
public final class TyDisplay {
    private TyDisplay() {}

    public static String show(Ty ty) {
        return switch (ty) {
            case Ty.Prim p -> p.kind().rustName();
            case Ty.Tuple t -> t.elements().size() == 1 ? "(" + show(t.elements().getFirst()) + ",)"
                    : t.elements().stream().map(TyDisplay::show).collect(Collectors.joining(", ", "(", ")"));
            case Ty.Ref r -> (r.mutable() ? "&mut " : "&") + show(r.inner());
            case Ty.Ptr p -> (p.mutable() ? "*mut " : "*const ") + show(p.inner());
            case Ty.Array a -> "[" + show(a.element()) + "; " + (a.length() < 0 ? "_" : a.length()) + "]";
            case Ty.Slice s -> "[" + show(s.element()) + "]";
            case Ty.Adt a -> a.name() + args(a.args());
            case Ty.FnDef f -> "fn(" + f.params().stream().map(TyDisplay::show).collect(Collectors.joining(", ")) + ")"
                    + ret(f.ret()) + " {" + f.fn().name() + "}";
            case Ty.FnPtr f -> "fn(" + f.params().stream().map(TyDisplay::show).collect(Collectors.joining(", ")) + ")"
                    + ret(f.ret());
            case Ty.Closure c -> "{closure}";
            case Ty.Dyn d -> "dyn " + trait(d.trait());
            case Ty.Opaque o -> "impl " + o.bounds().stream().map(TyDisplay::trait).collect(Collectors.joining(" + "));
            case Ty.Projection p -> "<" + show(p.self()) + " as " + trait(p.trait()) + ">::" + p.name();
            case Ty.Never n -> "!";
            case Ty.Param p -> p.name();
            case Ty.Infer i -> switch (i.kind()) {
                case INT -> "{integer}";
                case FLOAT -> "{float}";
                case GENERAL -> "_";
            };
            case Ty.Error e -> "{type error}";
        };
    }

    /** How rustc names the kind of a type in "no method named `x` found for struct `P`". */
    public static String kindWord(Ty ty) {
        return switch (ty) {
            case Ty.Adt a -> "";
            case Ty.Ref r -> "reference";
            case Ty.Param p -> "type parameter";
            default -> "type";
        };
    }

    private static String trait(Ty.TraitRef t) {
        if (StdItems.isFnTrait(t.name()) && t.args().size() == 1 && t.args().getFirst() instanceof Ty.Tuple params) {
            return t.name() + params.elements().stream().map(TyDisplay::show).collect(Collectors.joining(", ", "(", ")"));
        }
        if (StdItems.isFnTrait(t.name()) && t.args().size() == 2 && t.args().getFirst() instanceof Ty.Tuple params) {
            // `dyn Fn(A) -> R` keeps its output as a second argument (see Callable.dynTrait).
            return t.name() + params.elements().stream().map(TyDisplay::show).collect(Collectors.joining(", ", "(", ")"))
                    + ret(t.args().get(1));
        }
        return t.name() + args(t.args());
    }

    private static String args(java.util.List<Ty> args) {
        return args.isEmpty() ? "" : args.stream().map(TyDisplay::show).collect(Collectors.joining(", ", "<", ">"));
    }

    private static String ret(Ty ret) {
        return ret.equals(Ty.UNIT) ? "" : " -> " + show(ret);
    }
}
