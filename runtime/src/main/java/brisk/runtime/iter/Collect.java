package brisk.runtime.iter;

import brisk.runtime.RStr;
import brisk.runtime.RString;
import brisk.runtime.RVec;

/** {@code collect()} into std containers whose element representation is the items' own. */
public final class Collect {
    private Collect() {}

    public static RVec vec(RIter it) {
        RVec v = RVec.withCapacity(0);
        for (Object x = it.next(); x != RIter.DONE; x = it.next()) {
            v.push(x);
        }
        return v;
    }

    /** {@code String: FromIterator<char | &str | String>}: chars are {@code Integer}s. */
    public static RString string(RIter it) {
        RString s = RString.withCapacity(0);
        for (Object x = it.next(); x != RIter.DONE; x = it.next()) {
            switch (x) {
                case Integer cp -> s.push(cp);
                case RStr str -> s.pushStr(str);
                case RString str -> s.pushStr(str);
                default -> throw new IllegalArgumentException("collect into String of " + x);
            }
        }
        return s;
    }

    /** {@code Vec::extend} from an iterator. */
    public static void extend(RVec v, RIter it) {
        for (Object x = it.next(); x != RIter.DONE; x = it.next()) {
            v.push(x);
        }
    }
}
