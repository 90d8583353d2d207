package brisk.db;

import java.util.List;

/**
 * A dependency cycle among queries: {@code participants} are {@code "query(key)"} strings, starting at the
 * query whose key was requested again and following the chain of requests (the first participant is not
 * repeated at the end).
 */
public record Cycle(List<String> participants) {
    public Cycle {
        participants = List.copyOf(participants);
    }

    @Override
    public String toString() {
        return String.join(" -> ", participants) + " -> " + participants.getFirst();
    }
}
