package brisk.db;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Turns a same-thread cycle into the exception that resolves it: {@link CycleUnwind} or {@link CycleError}. */
final class Cycles {
    private Cycles() {}

    /**
     * {@code requested} is claimed by a frame of the current thread. If that frame is on {@code caller}'s
     * chain, the frames from it up to {@code caller} form a cycle: unwind to the first participant (in
     * request order) that has a recovery, or fail with {@link CycleError}. Otherwise the slot was re-entered
     * through a context other than the caller's, which is a misuse of the API.
     */
    static RuntimeException onSameThread(DerivedSlot<?, ?> requested, ActiveQuery caller) {
        List<ActiveQuery> participants = new ArrayList<>();
        ActiveQuery frame = caller;
        while (frame != null && frame.slot != requested) {
            participants.add(frame);
            frame = frame.parent;
        }
        if (frame == null) {
            return new IllegalStateException(requested.describe()
                    + " was requested on the thread that is computing it, but not through the computing query's"
                    + " QueryContext (a compute function read through a Snapshot or a Database)");
        }
        participants.add(frame);
        Collections.reverse(participants);

        List<String> names = new ArrayList<>(participants.size());
        Set<Dependency> participantSlots = Collections.newSetFromMap(new IdentityHashMap<>());
        ActiveQuery target = null;
        for (ActiveQuery participant : participants) {
            names.add(participant.slot.describe());
            participantSlots.add(participant.slot);
            if (target == null && participant.slot.table.query.recovery != null && !participant.recovering) {
                target = participant;
            }
        }
        Cycle cycle = new Cycle(names);
        if (target == null) {
            return new CycleError(cycle);
        }
        Set<Dependency> reads = new LinkedHashSet<>();
        for (ActiveQuery participant : participants) {
            for (Dependency dependency : participant.readSoFar()) {
                if (!participantSlots.contains(dependency)) {
                    reads.add(dependency);
                }
            }
        }
        return new CycleUnwind(target, cycle, reads.toArray(Memo.NO_DEPENDENCIES));
    }
}
