package brisk.runtime;

/** {@code Formatter::debug_tuple}: {@code Some(1)}, tuples ({@code ""} name) {@code (1,)}, pretty form. */
public final class DebugTuple {
    private final Formatter fmt;
    private final boolean emptyName;
    private int fields;

    DebugTuple(Formatter fmt, String name) {
        this.fmt = fmt;
        this.emptyName = name.isEmpty();
        fmt.writeStr(name);
    }

    public DebugTuple field(FmtFn value) {
        if (fmt.alternate()) {
            if (fields == 0) {
                fmt.writeStr("(\n");
            }
            Formatter writer = fmt.wrap(new PadAdapter(fmt.out));
            value.fmt(writer);
            writer.writeStr(",\n");
        } else {
            fmt.writeStr(fields == 0 ? "(" : ", ");
            value.fmt(fmt);
        }
        fields++;
        return this;
    }

    public void finishNonExhaustive() {
        if (fields > 0) {
            if (fmt.alternate()) {
                new PadAdapter(fmt.out).writeStr("..\n");
                fmt.writeStr(")");
            } else {
                fmt.writeStr(", ..)");
            }
        } else {
            fmt.writeStr("(..)");
        }
    }

    public void finish() {
        if (fields > 0) {
            if (fields == 1 && emptyName && !fmt.alternate()) {
                fmt.writeStr(",");
            }
            fmt.writeStr(")");
        }
    }
}
