package brisk.runtime;

/** {@code debug_list} ({@code [a, b]}) and {@code debug_set} ({@code {a, b}}), compact or pretty. */
public final class DebugList {
    private final Formatter fmt;
    private final String close;
    private boolean hasFields;

    DebugList(Formatter fmt, String open, String close) {
        this.fmt = fmt;
        this.close = close;
        fmt.writeStr(open);
    }

    public DebugList entry(FmtFn value) {
        if (fmt.alternate()) {
            if (!hasFields) {
                fmt.writeStr("\n");
            }
            Formatter writer = fmt.wrap(new PadAdapter(fmt.out));
            value.fmt(writer);
            writer.writeStr(",\n");
        } else {
            if (hasFields) {
                fmt.writeStr(", ");
            }
            value.fmt(fmt);
        }
        hasFields = true;
        return this;
    }

    public void finishNonExhaustive() {
        if (hasFields) {
            if (fmt.alternate()) {
                new PadAdapter(fmt.out).writeStr("..\n");
            } else {
                fmt.writeStr(", ..");
            }
        } else {
            fmt.writeStr("..");
        }
        fmt.writeStr(close);
    }

    public void finish() {
        fmt.writeStr(close);
    }
}
