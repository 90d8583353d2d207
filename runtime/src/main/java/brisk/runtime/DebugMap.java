package brisk.runtime;

/** {@code Formatter::debug_map}: {@code {k: v, k2: v2}} or the pretty form. */
public final class DebugMap {
    private final Formatter fmt;
    private boolean hasFields;
    private PadAdapter pad;
    private Formatter writer;

    DebugMap(Formatter fmt) {
        this.fmt = fmt;
        fmt.writeStr("{");
    }

    public DebugMap key(FmtFn key) {
        if (fmt.alternate()) {
            if (!hasFields) {
                fmt.writeStr("\n");
            }
            pad = new PadAdapter(fmt.out);
            writer = fmt.wrap(pad);
            key.fmt(writer);
            writer.writeStr(": ");
        } else {
            if (hasFields) {
                fmt.writeStr(", ");
            }
            key.fmt(fmt);
            fmt.writeStr(": ");
        }
        return this;
    }

    public DebugMap value(FmtFn value) {
        if (fmt.alternate()) {
            value.fmt(writer);
            writer.writeStr(",\n");
        } else {
            value.fmt(fmt);
        }
        hasFields = true;
        return this;
    }

    public DebugMap entry(FmtFn key, FmtFn value) {
        return key(key).value(value);
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
        fmt.writeStr("}");
    }

    public void finish() {
        fmt.writeStr("}");
    }
}
