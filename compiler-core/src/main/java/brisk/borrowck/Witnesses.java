package brisk.borrowck;

import brisk.types.Ty;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Prints witness patterns as rustc does: {@code Dir::East}, {@code Some(_)}, {@code S { a: false, .. }}, {@code 6_i32..=i32::MAX}. */
final class Witnesses {
    private final Space.Types types;

    Witnesses(Space.Types types) {
        this.types = types;
    }

    String print(Pat pat, Ty ty) {
        if (!(pat instanceof Pat.Ctor c)) {
            return "_";
        }
        var space = types.of(ty);
        return switch (c.con()) {
            case Pat.Bool b -> String.valueOf(b.value());
            case Pat.Range r -> range(r, (Space.Int) space);
            case Pat.Variant v -> {
                var e = (Space.Enum) space;
                var variant = e.def().variants().get(v.index());
                String name = (e.prelude() ? "" : e.def().name() + "::") + variant.name();
                yield fields(name, variant.shape(), variant.fieldNames(), c.fields(), types.fields(space, v));
            }
            case Pat.Single s -> switch ((Space.Product) space) {
                case Space.Product p when p.kind() == Space.ProductKind.REF -> "&" + print(c.fields().getFirst(), p.fields().getFirst());
                case Space.Product p when p.kind() == Space.ProductKind.TUPLE -> {
                    var parts = new ArrayList<String>();
                    for (int i = 0; i < c.fields().size(); i++) {
                        parts.add(print(c.fields().get(i), p.fields().get(i)));
                    }
                    yield parts.size() == 1 ? "(" + parts.getFirst() + ",)" : "(" + String.join(", ", parts) + ")";
                }
                case Space.Product p -> fields(p.name(), switch (p.kind()) {
                    case NAMED_STRUCT -> brisk.items.Item.FieldsShape.NAMED;
                    case TUPLE_STRUCT -> brisk.items.Item.FieldsShape.TUPLE;
                    default -> brisk.items.Item.FieldsShape.UNIT;
                }, p.names(), c.fields(), p.fields());
            };
        };
    }

    private String fields(String name, brisk.items.Item.FieldsShape shape, List<String> names, List<Pat> pats, List<Ty> tys) {
        return switch (shape) {
            case UNIT -> name;
            case TUPLE -> {
                var parts = new ArrayList<String>();
                for (int i = 0; i < pats.size(); i++) {
                    parts.add(print(pats.get(i), tys.get(i)));
                }
                yield name + "(" + String.join(", ", parts) + ")";
            }
            case NAMED -> {
                var parts = new ArrayList<String>();
                for (int i = 0; i < pats.size(); i++) {
                    if (!(pats.get(i) instanceof Pat.Wild)) {
                        parts.add(names.get(i) + ": " + print(pats.get(i), tys.get(i)));
                    }
                }
                if (parts.size() < pats.size()) {
                    parts.add("..");
                }
                yield parts.isEmpty() ? name + " {  }" : name + " { " + String.join(", ", parts) + " }";
            }
        };
    }

    private static String range(Pat.Range r, Space.Int space) {
        String ty = space.kind().rustName();
        if (r.lo().equals(space.min()) && r.hi().equals(space.max())) {
            return "_";
        }
        if (r.lo().equals(r.hi())) {
            return bound(r.lo(), space, ty);
        }
        return bound(r.lo(), space, ty) + "..=" + bound(r.hi(), space, ty);
    }

    private static String bound(BigInteger v, Space.Int space, String ty) {
        if (v.equals(space.max())) {
            return ty + "::MAX";
        }
        if (v.equals(space.min()) && space.kind().isSigned()) {
            return ty + "::MIN";
        }
        return v + "_" + ty;
    }
}
