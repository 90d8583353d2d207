package brisk.db;

import java.util.concurrent.atomic.LongAdder;

/** Live, thread-safe statistics of one query in one database; {@link QueryStats} is the immutable copy. */
final class QueryCounters {
    final LongAdder executed = new LongAdder();
    final LongAdder reused = new LongAdder();
    final LongAdder backdated = new LongAdder();

    void reset() {
        executed.reset();
        reused.reset();
        backdated.reset();
    }
}
