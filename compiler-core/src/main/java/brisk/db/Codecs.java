package brisk.db;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Structural {@link Codec}s for keys and values built from records, enums, strings, ints, longs, booleans,
 * lists and maps. A record codec is derived once from the record's components (accessors and canonical constructor as
 * method handles); every reference component is nullable. Reflection runs when the codec is built, never
 * per value.
 */
public final class Codecs {
    private Codecs() {}

    public static final Codec<String> STRING = new Codec<>() {
        @Override
        public void write(BinaryWriter out, String value) {
            out.writeString(value);
        }

        @Override
        public String read(BinaryReader in) {
            return in.readString();
        }

        @Override
        public String describe() {
            return "str";
        }
    };

    public static final Codec<Integer> INT = new Codec<>() {
        @Override
        public void write(BinaryWriter out, Integer value) {
            out.writeInt(value);
        }

        @Override
        public Integer read(BinaryReader in) {
            return in.readInt();
        }

        @Override
        public String describe() {
            return "int";
        }
    };

    public static final Codec<Long> LONG = new Codec<>() {
        @Override
        public void write(BinaryWriter out, Long value) {
            out.writeLong(value);
        }

        @Override
        public Long read(BinaryReader in) {
            return in.readLong();
        }

        @Override
        public String describe() {
            return "long";
        }
    };

    public static final Codec<Boolean> BOOLEAN = new Codec<>() {
        @Override
        public void write(BinaryWriter out, Boolean value) {
            out.writeBoolean(value);
        }

        @Override
        public Boolean read(BinaryReader in) {
            return in.readBoolean();
        }

        @Override
        public String describe() {
            return "bool";
        }
    };

    /**
     * The codec of a record, sealed interface (of records, enums or sealed interfaces: a variant index, then
     * the variant), enum, String or boxed int/long/boolean class. Recursive types are supported.
     */
    @SuppressWarnings("unchecked")
    public static <T> Codec<T> of(Class<T> type) {
        return (Codec<T>) forType(type, new java.util.HashMap<>());
    }

    /** Lists (read back immutable) of non-null elements encoded by {@code element}. */
    public static <T> Codec<List<T>> listOf(Codec<T> element) {
        return new ListCodec<>(element);
    }

    /** Maps (read back immutable, equal to the written one) of non-null keys and values. */
    public static <K, V> Codec<Map<K, V>> mapOf(Codec<K> keys, Codec<V> values) {
        return new MapCodec<>(keys, values);
    }

    private static Codec<?> forType(Type type, Map<Class<?>, Codec<?>> building) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
            return listOf(forType(parameterized.getActualTypeArguments()[0], building));
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == Map.class) {
            return mapOf(forType(parameterized.getActualTypeArguments()[0], building),
                    forType(parameterized.getActualTypeArguments()[1], building));
        }
        if (!(type instanceof Class<?> c)) {
            throw new IllegalArgumentException("no codec for type " + type);
        }
        if (c == String.class) {
            return STRING;
        }
        if (c == int.class || c == Integer.class) {
            return INT;
        }
        if (c == long.class || c == Long.class) {
            return LONG;
        }
        if (c == boolean.class || c == Boolean.class) {
            return BOOLEAN;
        }
        if (c.isEnum()) {
            return enumCodec(c);
        }
        Codec<?> known = building.get(c);
        if (known != null) {
            return known;
        }
        if (c.isRecord() || c.isSealed()) {
            // Registered before its components are built, so a recursive reference finds it.
            Forward<Object> forward = new Forward<>(c.getName());
            building.put(c, forward);
            forward.target = (Codec<Object>) (c.isRecord() ? recordCodec(c, building) : sealedCodec(c, building));
            return forward;
        }
        throw new IllegalArgumentException("no codec for " + c.getName());
    }

    private static <E> Codec<E> enumCodec(Class<E> type) {
        E[] constants = type.getEnumConstants();
        StringBuilder names = new StringBuilder(type.getName()).append('{');
        for (E constant : constants) {
            names.append(((Enum<?>) constant).name()).append(',');
        }
        String description = names.append('}').toString();
        return new Codec<>() {
            @Override
            public void write(BinaryWriter out, E value) {
                out.writeInt(((Enum<?>) value).ordinal());
            }

            @Override
            public E read(BinaryReader in) {
                int ordinal = in.readInt();
                if (ordinal < 0 || ordinal >= constants.length) {
                    throw new CorruptCacheException("bad ordinal of " + type.getName());
                }
                return constants[ordinal];
            }

            @Override
            public String describe() {
                return description;
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static Codec<?> recordCodec(Class<?> type, Map<Class<?>, Codec<?>> building) {
        RecordComponent[] components = type.getRecordComponents();
        MethodHandle[] accessors = new MethodHandle[components.length];
        Codec<Object>[] codecs = new Codec[components.length];
        Class<?>[] rawTypes = new Class<?>[components.length];
        StringBuilder description = new StringBuilder(type.getName()).append('(');
        MethodHandle constructor;
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            for (int i = 0; i < components.length; i++) {
                var accessor = components[i].getAccessor();
                accessor.setAccessible(true);
                accessors[i] = lookup.unreflect(accessor).asType(MethodType.methodType(Object.class, Object.class));
                rawTypes[i] = components[i].getType();
                Codec<Object> codec = (Codec<Object>) forType(components[i].getGenericType(), building);
                codecs[i] = rawTypes[i].isPrimitive() ? codec : nullable(codec);
                description.append(components[i].getName()).append(':').append(codecs[i].describe()).append(',');
            }
            var canonical = type.getDeclaredConstructor(rawTypes);
            canonical.setAccessible(true);
            constructor = lookup.unreflectConstructor(canonical)
                    .asSpreader(Object[].class, components.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("no codec for " + type.getName() + ": " + e);
        }
        String shape = description.append(')').toString();
        return new Codec<Object>() {
            @Override
            public void write(BinaryWriter out, Object value) {
                for (int i = 0; i < accessors.length; i++) {
                    Object component;
                    try {
                        component = (Object) accessors[i].invokeExact(value);
                    } catch (Throwable t) {
                        throw new IllegalStateException(t);
                    }
                    codecs[i].write(out, component);
                }
            }

            @Override
            public Object read(BinaryReader in) {
                Object[] arguments = new Object[codecs.length];
                for (int i = 0; i < codecs.length; i++) {
                    arguments[i] = codecs[i].read(in);
                }
                try {
                    return (Object) constructor.invokeExact(arguments);
                } catch (Throwable t) {
                    throw new CorruptCacheException("cannot rebuild " + type.getName() + ": " + t);
                }
            }

            @Override
            public String describe() {
                return shape;
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static Codec<?> sealedCodec(Class<?> type, Map<Class<?>, Codec<?>> building) {
        Class<?>[] variants = type.getPermittedSubclasses();
        Codec<Object>[] codecs = new Codec[variants.length];
        StringBuilder description = new StringBuilder(type.getName()).append('{');
        for (int i = 0; i < variants.length; i++) {
            codecs[i] = (Codec<Object>) forType(variants[i], building);
            description.append(variants[i].getName()).append(',');
        }
        String shape = description.append('}').toString();
        return new Codec<Object>() {
            @Override
            public void write(BinaryWriter out, Object value) {
                for (int i = 0; i < variants.length; i++) {
                    if (variants[i].isInstance(value)) {
                        out.writeInt(i);
                        codecs[i].write(out, value);
                        return;
                    }
                }
                throw new IllegalArgumentException("not a variant of " + type.getName() + ": " + value.getClass());
            }

            @Override
            public Object read(BinaryReader in) {
                int variant = in.readInt();
                if (variant < 0 || variant >= codecs.length) {
                    throw new CorruptCacheException("bad variant of " + type.getName());
                }
                return codecs[variant].read(in);
            }

            @Override
            public String describe() {
                return shape;
            }
        };
    }

    /**
     * The codec of a record or sealed type, resolved once it is built: lets recursive types refer to
     * themselves. Its description is the class name and, the first time, the full shape.
     */
    private static final class Forward<T> implements Codec<T> {
        private final String name;
        Codec<T> target;
        private boolean describing;

        Forward(String name) {
            this.name = name;
        }

        @Override
        public void write(BinaryWriter out, T value) {
            target.write(out, value);
        }

        @Override
        public T read(BinaryReader in) {
            return target.read(in);
        }

        @Override
        public synchronized String describe() {
            if (describing || target == null) {
                return name;
            }
            describing = true;
            try {
                return target.describe();
            } finally {
                describing = false;
            }
        }
    }

    private static <T> Codec<T> nullable(Codec<T> codec) {
        return new Codec<>() {
            @Override
            public void write(BinaryWriter out, T value) {
                out.writeBoolean(value != null);
                if (value != null) {
                    codec.write(out, value);
                }
            }

            @Override
            public T read(BinaryReader in) {
                return in.readBoolean() ? codec.read(in) : null;
            }

            @Override
            public String describe() {
                return codec.describe() + "?";
            }
        };
    }

    private record ListCodec<T>(Codec<T> element) implements Codec<List<T>> {
        @Override
        public void write(BinaryWriter out, List<T> value) {
            out.writeVarLong(value.size());
            for (T t : value) {
                element.write(out, t);
            }
        }

        @Override
        public List<T> read(BinaryReader in) {
            int n = in.readCount();
            var out = new ArrayList<T>(n);
            for (int i = 0; i < n; i++) {
                out.add(element.read(in));
            }
            return List.copyOf(out);
        }

        @Override
        public String describe() {
            return "list<" + element.describe() + ">";
        }
    }

    private record MapCodec<K, V>(Codec<K> keys, Codec<V> values) implements Codec<Map<K, V>> {
        @Override
        public void write(BinaryWriter out, Map<K, V> value) {
            out.writeVarLong(value.size());
            for (var entry : value.entrySet()) {
                keys.write(out, entry.getKey());
                values.write(out, entry.getValue());
            }
        }

        @Override
        public Map<K, V> read(BinaryReader in) {
            int n = in.readCount();
            var out = new java.util.LinkedHashMap<K, V>();
            for (int i = 0; i < n; i++) {
                out.put(keys.read(in), values.read(in));
            }
            return Map.copyOf(out);
        }

        @Override
        public String describe() {
            return "map<" + keys.describe() + "," + values.describe() + ">";
        }
    }
}
