package brisk.db;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Computes {@link Fingerprint}s: a structural hash that agrees with value {@code equals} and is identical
 * across JVM runs. Supported: null, String, boxed primitives, enums (by class and constant name), records
 * (by class name and components in order; accessors are looked up once per class), lists and arrays (in
 * order), sets and maps (order-independent, like their {@code equals}: elements sorted by fingerprint),
 * Optional, and any class with a registered {@link FingerprintRule}. Anything else is unsupported and
 * {@link #of} returns null: such a value is simply never considered equal to a persisted one.
 * {@code Object.hashCode} is never used.
 */
public final class Fingerprinter {
    /** Thrown (without a stack trace) when a value contains an unsupported class. */
    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private static final Unsupported UNSUPPORTED = new Unsupported();
    private static final Comparator<Fingerprint> ORDER =
            Comparator.comparingLong(Fingerprint::high).thenComparingLong(Fingerprint::low);

    private static final ClassValue<MethodHandle[]> RECORD_ACCESSORS = new ClassValue<>() {
        @Override
        protected MethodHandle[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            MethodHandle[] handles = new MethodHandle[components.length];
            try {
                for (int i = 0; i < components.length; i++) {
                    Method accessor = components[i].getAccessor();
                    accessor.setAccessible(true);
                    handles[i] = MethodHandles.lookup().unreflect(accessor)
                            .asType(MethodType.methodType(Object.class, Object.class));
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
            return handles;
        }
    };

    private final Map<Class<?>, FingerprintRule<Object>> rules;

    private Fingerprinter(Map<Class<?>, FingerprintRule<Object>> rules) {
        this.rules = rules;
    }

    /** A fingerprinter with only the built-in rules. */
    public static Fingerprinter standard() {
        return new Fingerprinter(Map.of());
    }

    /** This fingerprinter plus {@code rule} for exactly {@code type} (not its subclasses). */
    @SuppressWarnings("unchecked")
    public <T> Fingerprinter with(Class<T> type, FingerprintRule<? super T> rule) {
        var next = new java.util.HashMap<>(rules);
        next.put(type, (FingerprintRule<Object>) rule);
        return new Fingerprinter(Map.copyOf(next));
    }

    /** The fingerprint of {@code value}, or null if it contains a class this fingerprinter cannot hash. */
    public Fingerprint of(Object value) {
        FingerprintHasher hasher = new FingerprintHasher(this);
        try {
            hashValue(value, hasher);
        } catch (Unsupported e) {
            return null;
        }
        return hasher.finish();
    }

    void hashValue(Object value, FingerprintHasher h) {
        switch (value) {
            case null -> h.putLong(0);
            case String s -> {
                h.putLong(1);
                h.putString(s);
            }
            case Integer i -> {
                h.putLong(2);
                h.putLong(i);
            }
            case Long l -> {
                h.putLong(3);
                h.putLong(l);
            }
            case Boolean b -> {
                h.putLong(4);
                h.putBoolean(b);
            }
            case Character c -> {
                h.putLong(5);
                h.putLong(c);
            }
            case Short s -> {
                h.putLong(6);
                h.putLong(s);
            }
            case Byte b -> {
                h.putLong(7);
                h.putLong(b);
            }
            case Double d -> {
                h.putLong(8);
                h.putLong(Double.doubleToLongBits(d));
            }
            case Float f -> {
                h.putLong(9);
                h.putLong(Float.floatToIntBits(f));
            }
            case Enum<?> e -> {
                h.putLong(10);
                h.putString(e.getDeclaringClass().getName());
                h.putString(e.name());
            }
            case Record r -> hashRecord(r, h);
            case List<?> list -> {
                h.putLong(12);
                h.putLong(list.size());
                for (Object element : list) {
                    hashValue(element, h);
                }
            }
            case Set<?> set -> {
                h.putLong(13);
                hashUnordered(set, h);
            }
            case Map<?, ?> map -> {
                h.putLong(14);
                h.putLong(map.size());
                List<Fingerprint> entries = new ArrayList<>(map.size());
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    FingerprintHasher entryHasher = new FingerprintHasher(this);
                    hashValue(entry.getKey(), entryHasher);
                    hashValue(entry.getValue(), entryHasher);
                    entries.add(entryHasher.finish());
                }
                putSorted(entries, h);
            }
            case Optional<?> optional -> {
                h.putLong(15);
                hashValue(optional.orElse(null), h);
            }
            case Object[] array -> {
                h.putLong(16);
                h.putLong(array.length);
                for (Object element : array) {
                    hashValue(element, h);
                }
            }
            case int[] array -> {
                h.putLong(17);
                h.putLong(array.length);
                for (int element : array) {
                    h.putLong(element);
                }
            }
            case long[] array -> {
                h.putLong(18);
                h.putLong(array.length);
                for (long element : array) {
                    h.putLong(element);
                }
            }
            case byte[] array -> {
                h.putLong(19);
                h.putLong(array.length);
                for (byte element : array) {
                    h.putLong(element);
                }
            }
            case boolean[] array -> {
                h.putLong(20);
                h.putLong(array.length);
                for (boolean element : array) {
                    h.putBoolean(element);
                }
            }
            case char[] array -> {
                h.putLong(21);
                h.putString(new String(array));
            }
            default -> {
                FingerprintRule<Object> rule = rules.get(value.getClass());
                if (rule == null) {
                    throw UNSUPPORTED;
                }
                h.putLong(22);
                h.putString(value.getClass().getName());
                rule.hash(value, h);
            }
        }
    }

    private void hashRecord(Record r, FingerprintHasher h) {
        FingerprintRule<Object> rule = rules.get(r.getClass());
        if (rule != null) {
            h.putLong(22);
            h.putString(r.getClass().getName());
            rule.hash(r, h);
            return;
        }
        MethodHandle[] accessors = RECORD_ACCESSORS.get(r.getClass());
        if (accessors == null) {
            throw UNSUPPORTED;
        }
        h.putLong(11);
        h.putString(r.getClass().getName());
        for (MethodHandle accessor : accessors) {
            Object component;
            try {
                component = (Object) accessor.invokeExact((Object) r);
            } catch (Throwable t) {
                throw UNSUPPORTED;
            }
            hashValue(component, h);
        }
    }

    private void hashUnordered(Collection<?> elements, FingerprintHasher h) {
        h.putLong(elements.size());
        List<Fingerprint> fingerprints = new ArrayList<>(elements.size());
        for (Object element : elements) {
            FingerprintHasher elementHasher = new FingerprintHasher(this);
            hashValue(element, elementHasher);
            fingerprints.add(elementHasher.finish());
        }
        putSorted(fingerprints, h);
    }

    private static void putSorted(List<Fingerprint> fingerprints, FingerprintHasher h) {
        Fingerprint[] sorted = fingerprints.toArray(Fingerprint[]::new);
        Arrays.sort(sorted, ORDER);
        for (Fingerprint f : sorted) {
            h.putLong(f.high());
            h.putLong(f.low());
        }
    }
}
