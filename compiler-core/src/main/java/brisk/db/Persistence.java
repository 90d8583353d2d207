package brisk.db;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The on-disk format of a {@link Database} (bytes only; the server does the file I/O).
 *
 * <pre>
 * header:  magic "BRISKDB\n" | format version (8 bytes) | producer version (string) | schema fingerprint (16)
 * section: tag (byte) | payload length (8 bytes) | CRC-32 of payload (8 bytes) | payload; four sections:
 *   META    revision, lastChanged per durability
 *   SLOTS   count, then per slot: ingredient (index in the schema), key (ingredient's key codec)
 *   INPUTS  count, then per input slot: slot, present, [value fingerprint], changedAt, durability
 *   MEMOS   count, then per memo: slot, changedAt, verifiedAt, durability, dependency slots,
 *           [value fingerprint], [value (length-prefixed, only for queries with a value codec)]
 * </pre>
 *
 * Everything but the values is decoded and checked (bounds, checksums, indexes, revision order) before
 * anything is installed, so a rejected file changes nothing. Values stay encoded in the file's bytes until
 * first requested ({@link Memo#valueAvailable}); one that does not decode is recomputed instead. Memos
 * whose key or a dependency's key has no codec are not written; neither are memos of queries outside the
 * schema.
 */
final class Persistence {
    static final int FORMAT_VERSION = 1;
    private static final byte[] MAGIC = "BRISKDB\n".getBytes(StandardCharsets.US_ASCII);
    private static final int META = 1;
    private static final int SLOTS = 2;
    private static final int INPUTS = 3;
    private static final int MEMOS = 4;
    private static final Durability[] DURABILITIES = Durability.values();

    private Persistence() {}

    // ---- encoding -------------------------------------------------------------------------------------

    private static final class Encoder {
        final PersistSchema schema;
        final Map<String, Integer> ingredientIndex = new java.util.HashMap<>();
        final Map<Dependency, Integer> slotIndex = new IdentityHashMap<>();
        final BinaryWriter slots = new BinaryWriter();
        int slotCount;

        Encoder(PersistSchema schema) {
            this.schema = schema;
            List<PersistSchema.Ingredient> all = schema.ingredients();
            for (int i = 0; i < all.size(); i++) {
                ingredientIndex.put(all.get(i).name(), i);
            }
        }

        /** The slot's index, writing it on first use; -1 if its ingredient or key cannot be persisted. */
        int slot(Dependency slot) {
            Integer known = slotIndex.get(slot);
            if (known != null) {
                return known;
            }
            Integer ingredient = ingredientIndex.get(slot.ingredientName());
            int index = -1;
            if (ingredient != null) {
                BinaryWriter key = new BinaryWriter();
                try {
                    schema.ingredient(slot.ingredientName()).keyCodec().write(key, slot.key());
                    slots.writeVarLong(ingredient);
                    slots.writeBytes(key.buffer(), 0, key.size());
                    index = slotCount++;
                } catch (RuntimeException unencodable) {
                    index = -1;
                }
            }
            slotIndex.put(slot, index);
            return index;
        }
    }

    static byte[] encode(Database database, PersistSchema schema) {
        Encoder encoder = new Encoder(schema);
        Fingerprinter fingerprinter = schema.fingerprinter();
        BinaryWriter inputs = new BinaryWriter();
        int inputCount = 0;
        BinaryWriter memos = new BinaryWriter();
        int memoCount = 0;
        for (Object table : database.tables()) {
            if (table instanceof InputTable<?, ?> inputTable) {
                if (schema.ingredient(inputTable.input.name()) == null) {
                    continue;
                }
                for (InputSlot<?, ?> slot : inputTable.slots()) {
                    InputRecord record = slot.record;
                    Fingerprint fingerprint = record.present() ? fingerprinter.of(record.value()) : null;
                    if (record.present() && fingerprint == null) {
                        continue; // an input that cannot be fingerprinted: memos reading it are dropped
                    }
                    int index = encoder.slot(slot);
                    if (index < 0) {
                        continue;
                    }
                    inputs.writeVarLong(index);
                    inputs.writeBoolean(record.present());
                    if (fingerprint != null) {
                        inputs.writeFingerprint(fingerprint);
                    }
                    inputs.writeVarLong(record.changedAt());
                    inputs.writeByte(record.durability().ordinal());
                    inputCount++;
                }
            }
        }
        for (Object table : database.tables()) {
            if (table instanceof DerivedTable<?, ?> derivedTable) {
                PersistSchema.Ingredient ingredient = schema.ingredient(derivedTable.query.name());
                if (ingredient == null) {
                    continue;
                }
                for (DerivedSlot<?, ?> slot : derivedTable.slots()) {
                    if (writeMemo(encoder, ingredient, slot, memos)) {
                        memoCount++;
                    }
                }
            }
        }
        BinaryWriter meta = new BinaryWriter();
        meta.writeVarLong(database.revision());
        for (long changed : database.lastChangedCopy()) {
            meta.writeVarLong(changed);
        }
        BinaryWriter slotSection = new BinaryWriter();
        slotSection.writeVarLong(encoder.slotCount);
        slotSection.writeBytes(encoder.slots.buffer(), 0, encoder.slots.size());
        BinaryWriter out = new BinaryWriter();
        writeHeader(out, schema);
        writeSection(out, META, meta);
        writeSection(out, SLOTS, slotSection);
        writeSection(out, INPUTS, prefixCount(inputCount, inputs));
        writeSection(out, MEMOS, prefixCount(memoCount, memos));
        return out.toByteArray();
    }

    private static boolean writeMemo(Encoder encoder, PersistSchema.Ingredient ingredient, DerivedSlot<?, ?> slot,
                                     BinaryWriter memos) {
        Memo<?> memo = slot.memo;
        if (memo == null || slot.claim != null) {
            return false;
        }
        int self = encoder.slot(slot);
        if (self < 0) {
            return false;
        }
        int[] dependencies = new int[memo.dependencies.length];
        for (int i = 0; i < dependencies.length; i++) {
            dependencies[i] = encoder.slot(memo.dependencies[i]);
            if (dependencies[i] < 0) {
                return false;
            }
        }
        Memo.EncodedValue pending = memo.encoded();
        boolean available = pending == null && memo.valueAvailable();
        Fingerprint fingerprint = memo.fingerprint != null ? memo.fingerprint
                : available ? encoder.schema.fingerprinter().of(memo.value()) : null;
        BinaryWriter value = null;
        if (pending != null && ingredient.valueCodec() != null) {
            value = new BinaryWriter();
            value.writeBytes(pending.bytes(), pending.offset(), pending.length());
        } else if (available && ingredient.valueCodec() != null) {
            value = new BinaryWriter();
            try {
                ingredient.valueCodec().write(value, memo.value());
            } catch (RuntimeException unencodable) {
                value = null;
            }
        }
        memos.writeVarLong(self);
        memos.writeVarLong(memo.changedAt);
        memos.writeVarLong(memo.verifiedAt);
        memos.writeByte(memo.durability.ordinal());
        memos.writeVarLong(dependencies.length);
        for (int dependency : dependencies) {
            memos.writeVarLong(dependency);
        }
        memos.writeBoolean(fingerprint != null);
        if (fingerprint != null) {
            memos.writeFingerprint(fingerprint);
        }
        memos.writeBoolean(value != null);
        if (value != null) {
            memos.writeVarLong(value.size());
            memos.writeBytes(value.buffer(), 0, value.size());
        }
        return true;
    }

    private static BinaryWriter prefixCount(int count, BinaryWriter body) {
        BinaryWriter out = new BinaryWriter();
        out.writeVarLong(count);
        out.writeBytes(body.buffer(), 0, body.size());
        return out;
    }

    private static void writeHeader(BinaryWriter out, PersistSchema schema) {
        out.writeBytes(MAGIC, 0, MAGIC.length);
        out.writeLong(FORMAT_VERSION);
        out.writeString(schema.version());
        out.writeFingerprint(schema.shapeFingerprint());
    }

    private static void writeSection(BinaryWriter out, int tag, BinaryWriter payload) {
        CRC32 crc = new CRC32();
        crc.update(payload.buffer(), 0, payload.size());
        out.writeByte(tag);
        out.writeLong(payload.size());
        out.writeLong(crc.getValue());
        out.writeBytes(payload.buffer(), 0, payload.size());
    }

    // ---- decoding -------------------------------------------------------------------------------------

    private record SlotEntry(PersistSchema.Ingredient ingredient, Object key) {}

    private record InputEntry(int slot, Fingerprint fingerprint, long changedAt, Durability durability) {}

    private record MemoEntry(int slot, long changedAt, long verifiedAt, Durability durability, int[] dependencies,
                             Fingerprint fingerprint, Memo.EncodedValue value) {}

    /** A decoded, fully checked file, ready to install into a new database. */
    record Image(long revision, long[] lastChanged, List<SlotEntry> slots, List<InputEntry> inputs,
                 List<MemoEntry> memos) {
        /** Creates the slots, inputs (without values) and memos; returns the loaded input slots. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        List<InputSlot<?, ?>> install(Database database) {
            Dependency[] created = new Dependency[slots.size()];
            for (int i = 0; i < created.length; i++) {
                SlotEntry entry = slots.get(i);
                created[i] = entry.ingredient.input() != null
                        ? database.inputTable((Input) entry.ingredient.input()).slot(entry.key)
                        : database.derivedTable((Query) entry.ingredient.query()).slot(entry.key);
            }
            List<InputSlot<?, ?>> loaded = new ArrayList<>();
            for (InputEntry input : inputs) {
                InputSlot<?, ?> slot = (InputSlot<?, ?>) created[input.slot];
                slot.record = new InputRecord(null, input.changedAt, input.durability);
                if (input.fingerprint != null) {
                    slot.loadedFingerprint = input.fingerprint;
                    loaded.add(slot);
                }
            }
            for (MemoEntry entry : memos) {
                DerivedSlot slot = (DerivedSlot) created[entry.slot];
                Dependency[] dependencies = new Dependency[entry.dependencies.length];
                for (int i = 0; i < dependencies.length; i++) {
                    dependencies[i] = created[entry.dependencies[i]];
                }
                slot.memo = new Memo<>(null, entry.value, dependencies, entry.changedAt, entry.verifiedAt,
                        entry.durability, entry.value != null, entry.fingerprint);
            }
            return List.copyOf(loaded);
        }
    }

    static Image decode(PersistSchema schema, byte[] bytes) {
        BinaryReader header = new BinaryReader(bytes, 0, bytes.length);
        for (byte b : MAGIC) {
            if (header.readByte() != (b & 0xFF)) {
                throw new CorruptCacheException("not a brisk database cache");
            }
        }
        long format = header.readLong();
        if (format != FORMAT_VERSION) {
            throw new CorruptCacheException("cache format " + format + ", expected " + FORMAT_VERSION);
        }
        String version = header.readString();
        if (!version.equals(schema.version())) {
            throw new CorruptCacheException("cache written by brisk " + version + ", this is " + schema.version());
        }
        if (!header.readFingerprint().equals(schema.shapeFingerprint())) {
            throw new CorruptCacheException("cache written with another query schema");
        }
        BinaryReader meta = section(header, META);
        BinaryReader slotSection = section(header, SLOTS);
        BinaryReader inputSection = section(header, INPUTS);
        BinaryReader memoSection = section(header, MEMOS);
        if (header.remaining() != 0) {
            throw new CorruptCacheException("trailing bytes after the last section");
        }

        long revision = meta.readVarLong();
        long[] lastChanged = new long[DURABILITIES.length];
        for (int d = 0; d < lastChanged.length; d++) {
            lastChanged[d] = meta.readVarLong();
            if (lastChanged[d] < 0 || lastChanged[d] > revision) {
                throw new CorruptCacheException("bad revision");
            }
        }
        end(meta);

        List<PersistSchema.Ingredient> ingredients = schema.ingredients();
        int slotCount = slotSection.readCount();
        List<SlotEntry> slots = new ArrayList<>(slotCount);
        for (int i = 0; i < slotCount; i++) {
            int ingredient = index(slotSection.readVarLong(), ingredients.size());
            PersistSchema.Ingredient known = ingredients.get(ingredient);
            Object key = known.keyCodec().read(slotSection);
            if (key == null) {
                throw new CorruptCacheException("null key");
            }
            slots.add(new SlotEntry(known, key));
        }
        end(slotSection);

        int inputCount = inputSection.readCount();
        List<InputEntry> inputs = new ArrayList<>(inputCount);
        for (int i = 0; i < inputCount; i++) {
            int slot = index(inputSection.readVarLong(), slotCount);
            if (slots.get(slot).ingredient.input() == null) {
                throw new CorruptCacheException("input record for a query slot");
            }
            Fingerprint fingerprint = inputSection.readBoolean() ? inputSection.readFingerprint() : null;
            long changedAt = revisionAt(inputSection, revision);
            inputs.add(new InputEntry(slot, fingerprint, changedAt, durability(inputSection)));
        }
        end(inputSection);

        int memoCount = memoSection.readCount();
        List<MemoEntry> memos = new ArrayList<>(memoCount);
        for (int i = 0; i < memoCount; i++) {
            int slot = index(memoSection.readVarLong(), slotCount);
            PersistSchema.Ingredient ingredient = slots.get(slot).ingredient;
            if (ingredient.query() == null) {
                throw new CorruptCacheException("memo for an input slot");
            }
            long changedAt = revisionAt(memoSection, revision);
            long verifiedAt = revisionAt(memoSection, revision);
            if (changedAt > verifiedAt) {
                throw new CorruptCacheException("memo changed after it was verified");
            }
            Durability durability = durability(memoSection);
            int[] dependencies = new int[memoSection.readCount()];
            for (int d = 0; d < dependencies.length; d++) {
                dependencies[d] = index(memoSection.readVarLong(), slotCount);
            }
            Fingerprint fingerprint = memoSection.readBoolean() ? memoSection.readFingerprint() : null;
            Memo.EncodedValue value = null;
            if (memoSection.readBoolean()) {
                if (ingredient.valueCodec() == null) {
                    throw new CorruptCacheException("value for a query without a value codec");
                }
                int length = memoSection.readCount();
                // Checksummed with its section; decoded on first use, and recomputed if it does not decode.
                value = new Memo.EncodedValue(memoSection.bytes(), memoSection.position(), length,
                        ingredient.valueCodec());
                memoSection.skip(length);
            }
            memos.add(new MemoEntry(slot, changedAt, verifiedAt, durability, dependencies, fingerprint, value));
        }
        end(memoSection);
        return new Image(revision, lastChanged, slots, inputs, memos);
    }

    private static BinaryReader section(BinaryReader in, int expectedTag) {
        int tag = in.readByte();
        if (tag != expectedTag) {
            throw new CorruptCacheException("expected section " + expectedTag + ", found " + tag);
        }
        long length = in.readLong();
        long checksum = in.readLong();
        if (length < 0 || length > in.remaining()) {
            throw new CorruptCacheException("section " + tag + " is truncated");
        }
        int start = in.position();
        CRC32 crc = new CRC32();
        crc.update(in.bytes(), start, (int) length);
        if (crc.getValue() != checksum) {
            throw new CorruptCacheException("checksum mismatch in section " + tag);
        }
        in.skip((int) length);
        return new BinaryReader(in.bytes(), start, (int) length);
    }

    private static int index(long raw, int size) {
        if (raw < 0 || raw >= size) {
            throw new CorruptCacheException("index " + raw + " out of range");
        }
        return (int) raw;
    }

    private static long revisionAt(BinaryReader in, long revision) {
        long value = in.readVarLong();
        if (value < 0 || value > revision) {
            throw new CorruptCacheException("revision " + value + " beyond the saved revision");
        }
        return value;
    }

    private static Durability durability(BinaryReader in) {
        return DURABILITIES[index(in.readByte(), DURABILITIES.length)];
    }

    private static void end(BinaryReader in) {
        if (in.remaining() != 0) {
            throw new CorruptCacheException("unexpected bytes at the end of a section");
        }
    }

}
