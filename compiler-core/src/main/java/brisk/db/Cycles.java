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
     * chain, the frames from it up to {@code caller} form a cycle: mark every participant that has a
     * recovery and unwind to the innermost of them, or fail with {@link CycleError} if there is none. Otherwise the slot was re-entered
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
        List<ActiveQuery> recovering = new ArrayList<>();
        for (ActiveQuery participant : participants) {
            names.add(participant.slot.describe());
            participantSlots.add(participant.slot);
            if (participant.slot.table.query.recovery != null && !participant.recovering) {
                recovering.add(participant);
            }
        }
        Cycle cycle = new Cycle(names);
        if (recovering.isEmpty()) {
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
        // Every participant with a recovery takes its recovery value; unwinding stops at the innermost one,
        // and the outer ones finish their computation (so participants without recovery get values computed
        // from recovery values, whatever the entry point) and then substitute their recovery value.
        CycleUnwind unwind = new CycleUnwind(recovering.getLast(), cycle, reads.toArray(Memo.NO_DEPENDENCIES));
        for (ActiveQuery participant : recovering) {
            if (participant.cycleMark == null) {
                participant.cycleMark = unwind;
            }
        }
        return unwind;
    }
}
