package brisk.cache;

import brisk.base.FileId;
import brisk.db.BinaryReader;
import brisk.db.BinaryWriter;
import brisk.db.Codec;
import brisk.db.CorruptCacheException;
import brisk.items.ItemLoc;
import brisk.project.CrateId;
import brisk.resolve.BodyOwner;
import brisk.resolve.CrateConfig;

/**
 * Hand-written codecs of the query keys: there are tens of thousands per workspace, and plain code decodes
 * them faster than the reflective record codec in a cold JVM.
 */
final class KeyCodecs {
    private KeyCodecs() {}

    static final Codec<FileId> FILE_ID = new Codec<>() {
        @Override
        public void write(BinaryWriter out, FileId value) {
            out.writeInt(value.index());
        }

        @Override
        public FileId read(BinaryReader in) {
            return new FileId(in.readInt());
        }

        @Override
        public String describe() {
            return "FileId(index)";
        }
    };

    static final Codec<CrateConfig> CRATE_CONFIG = new Codec<>() {
        @Override
        public void write(BinaryWriter out, CrateConfig value) {
            out.writeInt(value.crate().index());
            out.writeBoolean(value.test());
        }

        @Override
        public CrateConfig read(BinaryReader in) {
            return new CrateConfig(new CrateId(in.readInt()), in.readBoolean());
        }

        @Override
        public String describe() {
            return "CrateConfig(crate,test)";
        }
    };

    static final Codec<ItemLoc> ITEM_LOC = new Codec<>() {
        @Override
        public void write(BinaryWriter out, ItemLoc value) {
            out.writeInt(value.file().index());
            out.writeInt(value.index());
        }

        @Override
        public ItemLoc read(BinaryReader in) {
            return new ItemLoc(new FileId(in.readInt()), in.readInt());
        }

        @Override
        public String describe() {
            return "ItemLoc(file,index)";
        }
    };

    static final Codec<BodyOwner> BODY_OWNER = new Codec<>() {
        @Override
        public void write(BinaryWriter out, BodyOwner value) {
            CRATE_CONFIG.write(out, value.crate());
            out.writeInt(value.module());
            ITEM_LOC.write(out, value.item());
            out.writeBoolean(value.container() != null);
            if (value.container() != null) {
                ITEM_LOC.write(out, value.container());
            }
        }

        @Override
        public BodyOwner read(BinaryReader in) {
            CrateConfig crate = CRATE_CONFIG.read(in);
            int module = in.readInt();
            if (module < 0) {
                throw new CorruptCacheException("negative module index");
            }
            ItemLoc item = ITEM_LOC.read(in);
            ItemLoc container = in.readBoolean() ? ITEM_LOC.read(in) : null;
            return new BodyOwner(crate, module, item, container);
        }

        @Override
        public String describe() {
            return "BodyOwner(crate,module,item,container?)";
        }
    };
}
