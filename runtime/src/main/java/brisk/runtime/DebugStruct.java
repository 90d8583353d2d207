package brisk.runtime;

/** {@code Formatter::debug_struct}: {@code Name { a: 1, b: 2 }} or the {@code {:#?}} form. */
public final class DebugStruct {
    private final Formatter fmt;
    private boolean hasFields;

    DebugStruct(Formatter fmt, String name) {
        this.fmt = fmt;
        fmt.writeStr(name);
    }

    public DebugStruct field(String name, FmtFn value) {
        if (fmt.alternate()) {
            if (!hasFields) {
                fmt.writeStr(" {\n");
            }
            PadAdapter pad = new PadAdapter(fmt.out);
            Formatter writer = fmt.wrap(pad);
            writer.writeStr(name);
            writer.writeStr(": ");
            value.fmt(writer);
            writer.writeStr(",\n");
        } else {
            fmt.writeStr(hasFields ? ", " : " { ");
            fmt.writeStr(name);
            fmt.writeStr(": ");
            value.fmt(fmt);
        }
        hasFields = true;
        return this;
    }

    /** {@code finish_non_exhaustive}: appends {@code ..}. */
    public void finishNonExhaustive() {
        if (hasFields) {
            if (fmt.alternate()) {
                new PadAdapter(fmt.out).writeStr("..\n");
                fmt.writeStr("}");
            } else {
                fmt.writeStr(", .. }");
            }
        } else {
            fmt.writeStr(" { .. }");
        }
    }

    public void finish() {
        if (hasFields) {
            fmt.writeStr(fmt.alternate() ? "}" : " }");
        }
    }
}
