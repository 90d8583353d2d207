package brisk.types;

import brisk.base.TextRange;
import brisk.db.BinaryReader;
import brisk.db.BinaryWriter;
import brisk.db.Codec;
import java.util.Arrays;
import java.util.Map;

/**
 * An immutable map from body-relative node ranges to values, stored as sorted parallel arrays
 * (two ints and a reference per entry) because an {@link InferenceResult} holds one entry per
 * expression of the body and every body's result stays in memory.
 */
public final class RangeMap<V> {
    private static final RangeMap<?> EMPTY = new RangeMap<>(new int[0], new int[0], new Object[0]);

    private final int[] starts;
    private final int[] ends;
    private final Object[] values;

    private RangeMap(int[] starts, int[] ends, Object[] values) {
        this.starts = starts;
        this.ends = ends;
        this.values = values;
    }

    @SuppressWarnings("unchecked")
    public static <V> RangeMap<V> of() {
        return (RangeMap<V>) EMPTY;
    }

    public static <V> RangeMap<V> copyOf(Map<TextRange, V> map) {
        var keys = map.keySet().toArray(TextRange[]::new);
        Arrays.sort(keys, (a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(a.end(), b.end()));
        int[] starts = new int[keys.length];
        int[] ends = new int[keys.length];
        Object[] values = new Object[keys.length];
        for (int i = 0; i < keys.length; i++) {
            starts[i] = keys[i].start();
            ends[i] = keys[i].end();
            values[i] = map.get(keys[i]);
        }
        return new RangeMap<>(starts, ends, values);
    }

    /** The value recorded for exactly {@code range}, or null. */
    @SuppressWarnings("unchecked")
    public V get(TextRange range) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = starts[mid] != range.start() ? Integer.compare(starts[mid], range.start())
                    : Integer.compare(ends[mid], range.end());
            if (c == 0) {
                return (V) values[mid];
            }
            if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return null;
    }

    public int size() {
        return starts.length;
    }

    public TextRange rangeAt(int index) {
        return new TextRange(starts[index], ends[index]);
    }

    @SuppressWarnings("unchecked")
    public V valueAt(int index) {
        return (V) values[index];
    }

    /** The persisted form: entries in order, each start, end and value. */
    public static <V> Codec<RangeMap<V>> codec(Codec<V> valueCodec) {
        return new Codec<>() {
            @Override
            public void write(BinaryWriter out, RangeMap<V> map) {
                out.writeVarLong(map.size());
                for (int i = 0; i < map.size(); i++) {
                    out.writeVarLong(map.starts[i]);
                    out.writeVarLong(map.ends[i]);
                    valueCodec.write(out, map.valueAt(i));
                }
            }

            @Override
            public RangeMap<V> read(BinaryReader in) {
                int n = in.readCount();
                int[] starts = new int[n];
                int[] ends = new int[n];
                Object[] values = new Object[n];
                for (int i = 0; i < n; i++) {
                    starts[i] = (int) in.readVarLong();
                    ends[i] = (int) in.readVarLong();
                    values[i] = valueCodec.read(in);
                }
                return new RangeMap<>(starts, ends, values);
            }

            @Override
            public String describe() {
                return "rangemap<" + valueCodec.describe() + ">";
            }
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RangeMap<?> m && Arrays.equals(starts, m.starts) && Arrays.equals(ends, m.ends)
                && Arrays.equals(values, m.values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(starts) + Arrays.hashCode(ends)) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        var sb = new StringBuilder("{");
        for (int i = 0; i < starts.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(starts[i]).append("..").append(ends[i]).append('=').append(values[i]);
        }
        return sb.append('}').toString();
    }
}
