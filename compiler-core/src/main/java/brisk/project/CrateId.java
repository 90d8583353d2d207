package brisk.project;

/** Index of a crate in its {@link CrateGraph}; stable for one graph, assigned in the graph's sorted order. */
public record CrateId(int index) implements Comparable<CrateId> {
    @Override
    public int compareTo(CrateId other) {
        return Integer.compare(index, other.index);
    }
}
