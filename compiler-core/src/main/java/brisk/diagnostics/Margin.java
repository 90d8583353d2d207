package brisk.diagnostics;

/**
 * rustc's {@code Margin}: which part of long source lines fits the diagnostic width. Works in
 * rustc's mixed units (line lengths in bytes, columns in characters) so it trims exactly where
 * rustc trims.
 */
final class Margin {
    final int whitespaceLeft;
    final int spanLeft;
    final int spanRight;
    final int labelRight;
    final int columnWidth;
    int computedLeft;
    int computedRight;

    Margin(int whitespaceLeft, int spanLeft, int spanRight, int labelRight, int columnWidth, int maxLineLen) {
        this.whitespaceLeft = Math.max(0, whitespaceLeft - 6);
        this.spanLeft = Math.max(0, spanLeft - 6);
        this.spanRight = spanRight + 6;
        this.labelRight = labelRight + 6;
        this.columnWidth = columnWidth;
        compute(maxLineLen);
    }

    private void compute(int maxLineLen) {
        computedLeft = whitespaceLeft > 20 ? whitespaceLeft - 16 : 0;
        computedRight = Math.max(maxLineLen, computedLeft);
        if (computedRight - computedLeft > columnWidth) {
            if (labelRight - whitespaceLeft <= columnWidth) {
                computedLeft = whitespaceLeft;
                computedRight = computedLeft + columnWidth;
            } else if (labelRight - spanLeft <= columnWidth) {
                int paddingLeft = (columnWidth - (labelRight - spanLeft)) / 2;
                computedLeft = Math.max(0, spanLeft - paddingLeft);
                computedRight = computedLeft + columnWidth;
            } else if (spanRight - spanLeft <= columnWidth) {
                int paddingLeft = (columnWidth - (spanRight - spanLeft)) / 5 * 2;
                computedLeft = Math.max(0, spanLeft - paddingLeft);
                computedRight = computedLeft + columnWidth;
            } else {
                computedLeft = spanLeft;
                computedRight = spanRight;
            }
        }
    }

    boolean wasCutLeft() {
        return computedLeft > 0;
    }

    int left(int lineLen) {
        return Math.min(computedLeft, lineLen);
    }

    int right(int lineLen) {
        return Math.max(0, lineLen - computedLeft) <= columnWidth ? lineLen : Math.min(lineLen, computedRight);
    }
}
