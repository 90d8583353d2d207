package brisk.diagnostics;

/**
 * rustc's {@code ConfusionType}: whether a suggestion differs from the original code only by
 * letter case or by look-alike digits and letters, which rustc points out in the help message.
 */
enum Confusion {
    NONE(""),
    CASE(" (notice the capitalization)"),
    DIGIT_LETTER(" (notice the digit/letter confusion)"),
    BOTH(" (notice the capitalization and digit/letter confusion)");

    private static final String CASE_CONFUSABLES = "cfikosuvwxyz";
    private static final String[] DIGIT_LETTER_PAIRS = {"0O", "1l", "5S", "8B", "9g"};

    private final String labelText;

    Confusion(String labelText) {
        this.labelText = labelText;
    }

    String labelText() {
        return labelText;
    }

    static Confusion of(String found, String suggested) {
        int[] f = found.codePoints().toArray();
        int[] s = suggested.codePoints().toArray();
        if (found.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                != suggested.getBytes(java.nio.charset.StandardCharsets.UTF_8).length || found.equals(suggested)) {
            return NONE;
        }
        boolean caseDiff = false;
        boolean digitLetter = false;
        boolean other = false;
        for (int i = 0; i < Math.min(f.length, s.length); i++) {
            int a = f[i];
            int b = s[i];
            if (a == b) {
                continue;
            }
            if (a < 128 && b < 128 && Character.toLowerCase(a) == Character.toLowerCase(b)) {
                if (CASE_CONFUSABLES.indexOf(a) >= 0 || CASE_CONFUSABLES.indexOf(b) >= 0) {
                    caseDiff = true;
                } else {
                    other = true;
                }
            } else if (isDigitLetterPair(a, b)) {
                digitLetter = true;
            } else {
                other = true;
            }
        }
        boolean caseConfusion = caseDiff && !other;
        boolean digitConfusion = digitLetter && !other;
        if (caseConfusion && digitConfusion) {
            return BOTH;
        }
        return caseConfusion ? CASE : digitConfusion ? DIGIT_LETTER : NONE;
    }

    private static boolean isDigitLetterPair(int a, int b) {
        for (String pair : DIGIT_LETTER_PAIRS) {
            if ((a == pair.charAt(0) && b == pair.charAt(1)) || (a == pair.charAt(1) && b == pair.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    Confusion combine(Confusion other) {
        if (this == NONE) {
            return other;
        }
        if (other == NONE || other == this) {
            return this;
        }
        return BOTH;
    }
}
