package brisk.lower;

import brisk.base.TextRange;

/**
 * Thrown inside one fn's lowering when it meets a construct brisk cannot compile yet; caught at
 * the fn boundary and turned into the error "brisk does not support FEATURE yet" at {@code range}
 * (body-relative), so a program is never built with a part missing.
 */
final class Unsupported extends RuntimeException {
    final String feature;
    final TextRange range;

    Unsupported(String feature, TextRange range) {
        super(feature, null, false, false);
        this.feature = feature;
        this.range = range;
    }
}
