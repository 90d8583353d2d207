package brisk.items;

import brisk.base.FileId;

/** An item by file and index into that file's {@link ItemTree}: the identity later phases key queries on. */
public record ItemLoc(FileId file, int index) {}
