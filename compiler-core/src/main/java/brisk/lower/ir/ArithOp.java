package brisk.lower.ir;

/** Binary arithmetic and bitwise operators; {@code SHR} is arithmetic for signed, logical for unsigned kinds. */
public enum ArithOp {
    ADD("add"),
    SUB("sub"),
    MUL("mul"),
    DIV("div"),
    REM("rem"),
    AND("and"),
    OR("or"),
    XOR("xor"),
    SHL("shl"),
    SHR("shr");

    private final String runtimeName;

    ArithOp(String runtimeName) {
        this.runtimeName = runtimeName;
    }

    /** The prefix of this operator's checked helper in {@code brisk.runtime.Arith} ({@code addI32}). */
    public String runtimeName() {
        return runtimeName;
    }

    public boolean isShift() {
        return this == SHL || this == SHR;
    }

    /** True for operators whose checked form can panic ({@code +} but not {@code &}). */
    public boolean canPanic() {
        return this != AND && this != OR && this != XOR;
    }
}
