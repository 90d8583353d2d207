package brisk.runtime;

/**
 * Rust's {@code core::fmt::Formatter}: a sink plus the options of the placeholder being
 * formatted. Generated {@code Display}/{@code Debug} impls receive one and call
 * {@link #writeStr}, {@link #pad}, {@link #padIntegral} or the {@code debug*} builders exactly as
 * Rust code would. {@code write!(f, "{:>5}", x)} inside an impl formats {@code x} with
 * {@link #withSpec} (a new formatter over the same sink), as Rust does.
 */
public final class Formatter implements FmtWrite {
    final FmtWrite out;
    private int fill;
    private char align;
    private boolean plus;
    private boolean minus;
    private boolean alternate;
    private boolean zeroPad;
    private boolean debugLowerHex;
    private boolean debugUpperHex;
    private int width;
    private int precision;

    public Formatter(FmtWrite out) {
        this(out, FmtSpec.DEFAULT);
    }

    public Formatter(FmtWrite out, FmtSpec spec) {
        this.out = out;
        this.fill = spec.fill();
        this.align = spec.align();
        this.plus = spec.plus();
        this.minus = spec.minus();
        this.alternate = spec.alternate();
        this.zeroPad = spec.zeroPad();
        this.debugLowerHex = spec.debugLowerHex();
        this.debugUpperHex = spec.debugUpperHex();
        this.width = spec.width();
        this.precision = spec.precision();
    }

    /** Same options, another sink ({@code PadAdapter::wrap}). */
    private Formatter(FmtWrite out, Formatter options) {
        this.out = out;
        this.fill = options.fill;
        this.align = options.align;
        this.plus = options.plus;
        this.minus = options.minus;
        this.alternate = options.alternate;
        this.zeroPad = options.zeroPad;
        this.debugLowerHex = options.debugLowerHex;
        this.debugUpperHex = options.debugUpperHex;
        this.width = options.width;
        this.precision = options.precision;
    }

    /** A formatter over the same sink with other options (one placeholder of a nested {@code write!}). */
    public Formatter withSpec(FmtSpec spec) {
        return new Formatter(out, spec);
    }

    Formatter wrap(FmtWrite sink) {
        return new Formatter(sink, this);
    }

    /**
     * Same options over a fresh {@code PadAdapter} of this sink: where a {@code {:#?}} builder
     * writes one field or entry (generated Debug code calls this once per field, as core does).
     */
    public Formatter padded() {
        return wrap(new PadAdapter(out));
    }

    // ---- option accessors (Rust names) ----
    public int fill() { return fill; }
    /** {@code '<'}, {@code '>'}, {@code '^'}, or 0 when unset. */
    public char align() { return align; }
    /** 0 when unset. */
    public int width() { return width; }
    /** -1 when unset. */
    public int precision() { return precision; }
    public boolean signPlus() { return plus; }
    public boolean signMinus() { return minus; }
    public boolean alternate() { return alternate; }
    public boolean signAwareZeroPad() { return zeroPad; }
    boolean debugLowerHex() { return debugLowerHex; }
    boolean debugUpperHex() { return debugUpperHex; }

    // ---- fmt::Write ----
    @Override
    public void writeUtf8(byte[] b, int off, int len) {
        out.writeUtf8(b, off, len);
    }

    @Override
    public void writeChar(int cp) {
        out.writeChar(cp);
    }

    @Override
    public void writeStr(String s) {
        out.writeStr(s);
    }

    // ---- padding ----

    /** {@code Formatter::pad}: precision truncates to that many chars; width pads (default left). */
    public void pad(String s) {
        if (width == 0 && precision < 0) {
            out.writeStr(s);
            return;
        }
        int chars;
        if (precision >= 0) {
            int taken = 0;
            int i = 0;
            while (i < s.length() && taken < precision) {
                i += Character.charCount(s.codePointAt(i));
                taken++;
            }
            s = s.substring(0, i);
            chars = taken;
        } else {
            chars = Utf8.charCount(s);
        }
        if (chars < width) {
            int post = prePad(width - chars, '<');
            out.writeStr(s);
            postPad(post);
        } else {
            out.writeStr(s);
        }
    }

    /** {@link #pad(String)} for a UTF-8 view. */
    public void pad(RStr s) {
        if (width == 0 && precision < 0) {
            out.writeStr(s);
            return;
        }
        byte[] b = s.bytes();
        int off = s.offset();
        int len = s.byteLength();
        int chars;
        if (precision >= 0) {
            int taken = 0;
            int i = 0;
            while (i < len && taken < precision) {
                i += Utf8.widthOf(b[off + i]);
                taken++;
            }
            len = i;
            chars = taken;
        } else {
            chars = Utf8.charCount(b, off, len);
        }
        if (chars < width) {
            int post = prePad(width - chars, '<');
            out.writeUtf8(b, off, len);
            postPad(post);
        } else {
            out.writeUtf8(b, off, len);
        }
    }

    /**
     * {@code Formatter::pad_integral}: writes an integer's digits {@code digits} (ASCII, without
     * sign) with sign, the {@code #} prefix (e.g. {@code 0x}) and padding (default right).
     */
    public void padIntegral(boolean isNonNegative, String prefix, String digits) {
        int w = digits.length();
        char sign = 0;
        if (!isNonNegative) {
            sign = '-';
            w++;
        } else if (plus) {
            sign = '+';
            w++;
        }
        boolean withPrefix = alternate;
        if (withPrefix) {
            w += Utf8.charCount(prefix);
        }
        if (w >= width) {
            writePrefix(sign, withPrefix ? prefix : null);
            out.writeStr(digits);
        } else if (zeroPad) {
            int oldFill = fill;
            char oldAlign = align;
            fill = '0';
            align = '>';
            writePrefix(sign, withPrefix ? prefix : null);
            int post = prePad(width - w, '>');
            out.writeStr(digits);
            postPad(post);
            fill = oldFill;
            align = oldAlign;
        } else {
            int post = prePad(width - w, '>');
            writePrefix(sign, withPrefix ? prefix : null);
            out.writeStr(digits);
            postPad(post);
        }
    }

    private void writePrefix(char sign, String prefix) {
        if (sign != 0) {
            out.writeChar(sign);
        }
        if (prefix != null) {
            out.writeStr(prefix);
        }
    }

    /**
     * {@code pad_formatted_parts} for numbers rendered as {@code sign} + {@code body} (ASCII):
     * sign-aware zero padding puts the sign first; default alignment is right.
     */
    public void padFormattedParts(String sign, String body) {
        if (width == 0) {
            out.writeStr(sign);
            out.writeStr(body);
            return;
        }
        int w = width;
        int oldFill = fill;
        char oldAlign = align;
        if (zeroPad) {
            out.writeStr(sign);
            w = Math.max(0, w - sign.length());
            sign = "";
            fill = '0';
            align = '>';
        }
        int len = sign.length() + body.length();
        if (w <= len) {
            out.writeStr(sign);
            out.writeStr(body);
        } else {
            int post = prePad(w - len, '>');
            out.writeStr(sign);
            out.writeStr(body);
            postPad(post);
        }
        fill = oldFill;
        align = oldAlign;
    }

    /** Writes the left padding and returns the count of fill chars still due on the right. */
    private int prePad(int padding, char defaultAlign) {
        char a = align == 0 ? defaultAlign : align;
        int left = switch (a) {
            case '<' -> 0;
            case '^' -> padding / 2;
            default -> padding;
        };
        for (int i = 0; i < left; i++) {
            out.writeChar(fill);
        }
        return padding - left;
    }

    private void postPad(int n) {
        for (int i = 0; i < n; i++) {
            out.writeChar(fill);
        }
    }

    // ---- Debug builders ----

    public DebugStruct debugStruct(String name) {
        return new DebugStruct(this, name);
    }

    public DebugTuple debugTuple(String name) {
        return new DebugTuple(this, name);
    }

    public DebugList debugList() {
        return new DebugList(this, "[", "]");
    }

    public DebugList debugSet() {
        return new DebugList(this, "{", "}");
    }

    public DebugMap debugMap() {
        return new DebugMap(this);
    }

    /** Formats with the given options into a fresh Java string (panic messages, {@code to_string}). */
    public static String format(FmtSpec spec, FmtFn value) {
        RString s = new RString();
        value.fmt(new Formatter(s, spec));
        return s.toString();
    }
}
