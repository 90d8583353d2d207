package brisk.lsp;

import brisk.items.Bound;
import brisk.items.Generics;
import brisk.items.Item;
import brisk.items.Path;
import brisk.items.TypeRef;
import brisk.items.Visibility;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints an item's signature in Rust syntax from its item-tree entry (not from its source text, so
 * comments, attributes and bodies are left out): {@code pub fn area(w: i64, h: i64) -> i64},
 * {@code pub struct Rect { pub w: i64, pub h: i64 }} (one field per line).
 */
final class SignatureRenderer {
    private SignatureRenderer() {}

    static String item(Item item) {
        var out = new StringBuilder();
        switch (item) {
            case Item.Fn f -> fn(out, f);
            case Item.Struct s -> {
                out.append(vis(s.visibility())).append("struct ").append(s.name()).append(generics(s.generics()));
                fields(out, s.shape(), s.fields(), "");
                if (s.shape() != Item.FieldsShape.NAMED) {
                    out.append(where(s.generics())).append(';');
                }
            }
            case Item.Union u -> {
                out.append(vis(u.visibility())).append("union ").append(u.name()).append(generics(u.generics()));
                fields(out, Item.FieldsShape.NAMED, u.fields(), "");
            }
            case Item.Enum e -> {
                out.append(vis(e.visibility())).append("enum ").append(e.name()).append(generics(e.generics()))
                        .append(where(e.generics()));
                if (e.variants().isEmpty()) {
                    out.append(" {}");
                } else {
                    out.append(" {\n");
                    for (var v : e.variants()) {
                        out.append("    ").append(variant(v)).append(",\n");
                    }
                    out.append('}');
                }
            }
            case Item.Trait t -> {
                out.append(vis(t.visibility())).append(t.isUnsafe() ? "unsafe " : "").append("trait ").append(t.name())
                        .append(generics(t.generics()));
                if (!t.supertraits().isEmpty()) {
                    out.append(": ").append(bounds(t.supertraits()));
                }
                out.append(where(t.generics()));
            }
            case Item.Impl i -> {
                out.append("impl").append(generics(i.generics())).append(' ');
                if (i.trait() != null) {
                    out.append(i.negative() ? "!" : "").append(path(i.trait())).append(" for ");
                }
                out.append(type(i.selfType())).append(where(i.generics()));
            }
            case Item.Module m -> out.append(vis(m.visibility())).append("mod ").append(m.name());
            case Item.TypeAlias t -> {
                out.append(vis(t.visibility())).append("type ").append(t.name()).append(generics(t.generics()));
                if (!t.bounds().isEmpty()) {
                    out.append(": ").append(bounds(t.bounds()));
                }
                if (t.type() != null) {
                    out.append(" = ").append(type(t.type()));
                }
                out.append(where(t.generics())).append(';');
            }
            case Item.Const c -> out.append(vis(c.visibility())).append("const ").append(c.name()).append(": ")
                    .append(type(c.type()));
            case Item.Static s -> out.append(vis(s.visibility())).append("static ").append(s.mutable() ? "mut " : "")
                    .append(s.name()).append(": ").append(type(s.type()));
            case Item.ExternCrate e -> out.append(vis(e.visibility())).append("extern crate ").append(e.name())
                    .append(e.alias() != null ? " as " + e.alias() : "");
            case Item.MacroRules m -> out.append("macro_rules! ").append(m.name());
            case Item.Use u -> out.append(vis(u.visibility())).append("use ..");
            case Item.MacroCall m -> out.append(path(m.path())).append("! { .. }");
            case Item.ExternBlock e -> out.append("extern { .. }");
        }
        return out.toString();
    }

    /** An enum variant as declared: {@code Circle(f64)}, {@code Point { x: i64 }}, {@code A = 1}. */
    static String variant(Item.Variant v) {
        var out = new StringBuilder(v.name());
        if (v.shape() == Item.FieldsShape.TUPLE) {
            out.append('(').append(String.join(", ", v.fields().stream().map(f -> type(f.type())).toList())).append(')');
        } else if (v.shape() == Item.FieldsShape.NAMED) {
            out.append(" { ").append(String.join(", ", v.fields().stream()
                    .map(f -> f.name() + ": " + type(f.type())).toList())).append(" }");
        }
        if (v.discriminant() != null) {
            out.append(" = ").append(v.discriminant());
        }
        return out.toString();
    }

    private static void fn(StringBuilder out, Item.Fn f) {
        out.append(vis(f.visibility()));
        var q = f.qualifiers();
        if (q.isConst()) {
            out.append("const ");
        }
        if (q.isAsync()) {
            out.append("async ");
        }
        if (q.isUnsafe()) {
            out.append("unsafe ");
        }
        if (q.externAbi() != null) {
            // The item tree keeps the qualifier as written: `extern` or `extern "C"`.
            out.append(q.externAbi().startsWith("extern") ? q.externAbi() : "extern \"" + q.externAbi() + "\"").append(' ');
        }
        out.append("fn ").append(f.name()).append(generics(f.generics())).append('(');
        var params = new ArrayList<String>();
        if (f.selfParam() != null) {
            params.add(selfParam(f.selfParam()));
        }
        for (var p : f.params()) {
            params.add(p.pattern() + ": " + type(p.type()));
        }
        out.append(String.join(", ", params)).append(')');
        if (f.ret() != null) {
            out.append(" -> ").append(type(f.ret()));
        }
        out.append(where(f.generics()));
    }

    private static String selfParam(Item.SelfParam self) {
        String mut = self.mutableBinding() ? "mut " : "";
        return switch (self.kind()) {
            case VALUE -> mut + "self";
            case REF -> "&self";
            case REF_MUT -> "&mut self";
            case TYPED -> mut + "self: " + type(self.explicitType());
        };
    }

    private static void fields(StringBuilder out, Item.FieldsShape shape, List<Item.Field> fields, String indent) {
        switch (shape) {
            case UNIT -> { }
            case TUPLE -> out.append('(').append(String.join(", ", fields.stream()
                    .map(f -> vis(f.visibility()) + type(f.type())).toList())).append(')');
            case NAMED -> {
                if (fields.isEmpty()) {
                    out.append(" {}");
                    return;
                }
                out.append(" {\n");
                for (var f : fields) {
                    out.append(indent).append("    ").append(vis(f.visibility())).append(f.name()).append(": ")
                            .append(type(f.type())).append(",\n");
                }
                out.append(indent).append('}');
            }
        }
    }

    static String vis(Visibility v) {
        return switch (v.kind()) {
            case PRIVATE -> "";
            case PUBLIC -> "pub ";
            case CRATE -> "pub(crate) ";
            case RESTRICTED -> {
                String target = v.restrictedTo() == null ? "self" : path(v.restrictedTo());
                yield target.equals("self") || target.equals("super") || target.equals("crate")
                        ? "pub(" + target + ") " : "pub(in " + target + ") ";
            }
        };
    }

    static String generics(Generics g) {
        if (g.params().isEmpty()) {
            return "";
        }
        var params = new ArrayList<String>();
        for (var p : g.params()) {
            params.add(switch (p) {
                case Generics.LifetimeParam l -> l.name();
                case Generics.ConstParam c -> "const " + c.name() + ": " + type(c.type());
                case Generics.TypeParam t -> t.name() + (t.bounds().isEmpty() ? "" : ": " + bounds(t.bounds()))
                        + (t.defaultType() == null ? "" : " = " + type(t.defaultType()));
            });
        }
        return "<" + String.join(", ", params) + ">";
    }

    private static String where(Generics g) {
        if (g.where().isEmpty()) {
            return "";
        }
        return "\nwhere\n" + String.join(",\n", g.where().stream()
                .map(p -> "    " + type(p.bounded()) + ": " + bounds(p.bounds())).toList()) + ",";
    }

    static String bounds(List<Bound> bounds) {
        return String.join(" + ", bounds.stream().map(SignatureRenderer::bound).toList());
    }

    private static String bound(Bound bound) {
        return switch (bound) {
            case Bound.LifetimeBound l -> l.lifetime();
            case Bound.TraitBound t -> {
                String prefix = t.maybe() ? "?" : "";
                if (t.fnSugarParams() != null) {
                    String ret = t.fnSugarRet() == null ? "" : " -> " + type(t.fnSugarRet());
                    yield prefix + t.path().display() + "(" + String.join(", ",
                            t.fnSugarParams().stream().map(SignatureRenderer::type).toList()) + ")" + ret;
                }
                yield prefix + path(t.path());
            }
        };
    }

    /** A path with its generic arguments: {@code std::vec::Vec<i64>}. */
    static String path(Path path) {
        var out = new StringBuilder();
        switch (path.anchor()) {
            case CRATE -> out.append("crate");
            case SELF -> out.append("self");
            case SUPER -> out.append(String.join("::", java.util.Collections.nCopies(path.superCount(), "super")));
            case GLOBAL, PLAIN -> { }
        }
        for (var seg : path.segments()) {
            if (!out.isEmpty() || path.anchor() == Path.Anchor.GLOBAL) {
                out.append("::");
            }
            out.append(seg.name().equals(Path.Segment.QUALIFIED) ? "<..>" : seg.name());
            if (!seg.genericArgs().isEmpty()) {
                out.append('<').append(String.join(", ", seg.genericArgs().stream().map(SignatureRenderer::type).toList()))
                        .append('>');
            }
        }
        return out.toString();
    }

    static String type(TypeRef type) {
        if (type == null) {
            return "_";
        }
        return switch (type) {
            case TypeRef.PathType p -> path(p.path());
            case TypeRef.RefType r -> "&" + (r.lifetime() != null ? r.lifetime() + " " : "") + (r.mutable() ? "mut " : "")
                    + type(r.inner());
            case TypeRef.PtrType p -> (p.mutable() ? "*mut " : "*const ") + type(p.inner());
            case TypeRef.TupleType t -> t.elements().size() == 1 ? "(" + type(t.elements().getFirst()) + ",)"
                    : "(" + String.join(", ", t.elements().stream().map(SignatureRenderer::type).toList()) + ")";
            case TypeRef.ArrayType a -> "[" + type(a.element()) + "; " + a.length() + "]";
            case TypeRef.SliceType s -> "[" + type(s.element()) + "]";
            case TypeRef.FnPtrType f -> "fn(" + String.join(", ", f.params().stream().map(SignatureRenderer::type).toList())
                    + ")" + (f.ret() == null ? "" : " -> " + type(f.ret()));
            case TypeRef.ImplTraitType i -> "impl " + bounds(i.bounds());
            case TypeRef.DynTraitType d -> "dyn " + bounds(d.bounds());
            case TypeRef.NeverType n -> "!";
            case TypeRef.InferType i -> "_";
            case TypeRef.ErrorType e -> "{unknown}";
        };
    }
}
