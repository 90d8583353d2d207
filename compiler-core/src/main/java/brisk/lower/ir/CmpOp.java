package brisk.lower.ir;

/** Comparisons of two scalars of one type; integer signedness comes from the operand type. */
public enum CmpOp {
    EQ,
    NE,
    LT,
    LE,
    GT,
    GE
}
