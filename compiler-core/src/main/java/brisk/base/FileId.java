package brisk.base;

/** Interned identity of one source file in the workspace; its path and text are database inputs. */
public record FileId(int index) implements Comparable<FileId> {
    @Override
    public int compareTo(FileId other) {
        return Integer.compare(index, other.index);
    }
}
