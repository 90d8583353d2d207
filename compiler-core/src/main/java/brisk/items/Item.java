package brisk.items;

import brisk.base.TextRange;
import java.util.List;

/**
 * One item of an {@link ItemTree}: its name and signature, without positions in the file and
 * without its body. Ranges inside are relative to the item's own start, so editing another
 * item, or this item's body, leaves the value equal. Children (of modules, impls, traits) are
 * indices into the same tree's flat item list.
 */
public sealed interface Item {
    /** The declared name, or null for items without one (impls, uses, macro calls, extern blocks). */
    default String name() {
        return null;
    }

    /** Items that cannot be named from outside (impls, macro calls, extern blocks) are private. */
    default Visibility visibility() {
        return Visibility.PRIVATE;
    }

    Attrs attrs();

    /** Range of the name token, relative to the item start; null when there is none. */
    default TextRange nameRange() {
        return null;
    }

    record Fn(String name, Visibility visibility, Attrs attrs, TextRange nameRange, Qualifiers qualifiers,
              Generics generics, SelfParam selfParam, List<Param> params, TypeRef ret, boolean hasBody) implements Item {
        public Fn {
            params = List.copyOf(params);
        }
    }

    /** {@code const}/{@code async}/{@code unsafe}/{@code extern "abi"} qualifiers of a fn. */
    record Qualifiers(boolean isConst, boolean isAsync, boolean isUnsafe, String externAbi) {
        public static final Qualifiers NONE = new Qualifiers(false, false, false, null);
    }

    /** {@code self}, {@code mut self}, {@code &self}, {@code &mut self}, or {@code self: Type}. */
    record SelfParam(Kind kind, boolean mutableBinding, TypeRef explicitType, TextRange range) {
        public enum Kind { VALUE, REF, REF_MUT, TYPED }
    }

    /**
     * A parameter: its pattern as source text (patterns are lowered with bodies), the names the
     * pattern binds, and its type.
     */
    record Param(String pattern, List<String> bindings, TypeRef type, List<ParamBinding> sites) {
        public Param {
            bindings = List.copyOf(bindings);
            sites = List.copyOf(sites);
        }
    }

    /**
     * Where a parameter's pattern binds one name (for lints on parameters): ranges relative to the
     * item start of the binding pattern ({@code mut p}) and of its name; {@code inOrPattern} when
     * it sits inside an or-pattern, {@code withSubpattern} for {@code name @ pat}.
     */
    record ParamBinding(String name, TextRange patternRange, TextRange nameRange, boolean mutable, boolean byRef,
                        boolean inOrPattern, boolean withSubpattern) {}

    record Struct(String name, Visibility visibility, Attrs attrs, TextRange nameRange, Generics generics,
                  FieldsShape shape, List<Field> fields) implements Item {
        public Struct {
            fields = List.copyOf(fields);
        }
    }

    record Union(String name, Visibility visibility, Attrs attrs, TextRange nameRange, Generics generics,
                 List<Field> fields) implements Item {
        public Union {
            fields = List.copyOf(fields);
        }
    }

    enum FieldsShape { NAMED, TUPLE, UNIT }

    /** A field; tuple fields are named "0", "1", ... */
    record Field(String name, Visibility visibility, TypeRef type, TextRange range) {}

    record Enum(String name, Visibility visibility, Attrs attrs, TextRange nameRange, Generics generics,
                List<Variant> variants) implements Item {
        public Enum {
            variants = List.copyOf(variants);
        }
    }

    /** A variant; {@code discriminant} is the source text of an explicit {@code = expr}, or null. */
    record Variant(String name, FieldsShape shape, List<Field> fields, String discriminant, TextRange nameRange) {
        public Variant {
            fields = List.copyOf(fields);
        }
    }

    record Trait(String name, Visibility visibility, Attrs attrs, TextRange nameRange, Generics generics,
                 List<Bound> supertraits, boolean isUnsafe, List<Integer> children) implements Item {
        public Trait {
            supertraits = List.copyOf(supertraits);
            children = List.copyOf(children);
        }
    }

    /** {@code impl<G> Trait for Type} ({@code trait} null for an inherent impl). */
    record Impl(Attrs attrs, Generics generics, Path trait, boolean negative, TypeRef selfType,
                List<Integer> children) implements Item {
        public Impl {
            children = List.copyOf(children);
        }
    }

    /** {@code mod name { .. }} ({@code inline}, children listed) or {@code mod name;} (children in another file). */
    /** {@code declRange}: the whole {@code mod name;} declaration, relative to its start (rustc's span for E0583). */
    record Module(String name, Visibility visibility, Attrs attrs, TextRange nameRange, boolean inline,
                  List<Integer> children, TextRange declRange) implements Item {
        public Module {
            children = List.copyOf(children);
        }
    }

    /** A {@code use} item, flattened to one {@link Import} per leaf of its tree. */
    record Use(Visibility visibility, Attrs attrs, List<Import> imports) implements Item {
        public Use {
            imports = List.copyOf(imports);
        }
    }

    /**
     * One leaf of a use tree: {@code path} imported under {@code alias} (null: the last segment's
     * name; "_": anonymous), or all public names of {@code path} when {@code glob}.
     * {@code use m::{self}} is the path {@code m} with {@code isSelfImport}.
     */
    record Import(Path path, String alias, boolean glob, boolean isSelfImport) {}

    record TypeAlias(String name, Visibility visibility, Attrs attrs, TextRange nameRange, Generics generics,
                     List<Bound> bounds, TypeRef type) implements Item {
        public TypeAlias {
            bounds = List.copyOf(bounds);
        }
    }

    record Const(String name, Visibility visibility, Attrs attrs, TextRange nameRange, TypeRef type,
                 boolean hasBody) implements Item {}

    record Static(String name, Visibility visibility, Attrs attrs, TextRange nameRange, boolean mutable,
                  TypeRef type) implements Item {}

    record ExternCrate(String name, Visibility visibility, Attrs attrs, TextRange nameRange, String alias)
            implements Item {}

    record MacroRules(String name, Visibility visibility, Attrs attrs, TextRange nameRange) implements Item {}

    /** {@code extern "C" { .. }}: foreign items, which brisk does not support; kept so it can say so. */
    record ExternBlock(Attrs attrs, TextRange keywordRange) implements Item {
        @Override
        public TextRange nameRange() {
            return keywordRange;
        }
    }

    /** A macro invoked in item position ({@code thread_local! { .. }}); brisk does not expand these yet. */
    record MacroCall(Path path, Attrs attrs) implements Item {}
}
