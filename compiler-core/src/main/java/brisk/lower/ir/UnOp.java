package brisk.lower.ir;

/** Unary operators: {@code NEG} ({@code -x}) and {@code NOT} ({@code !x}, bitwise for integers). */
public enum UnOp {
    NEG,
    NOT
}
