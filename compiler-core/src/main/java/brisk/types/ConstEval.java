package brisk.types;

/** The few constant expressions brisk evaluates in types: integer literals as array lengths. */
final class ConstEval {
    private ConstEval() {}

    /** The value of an array length written as {@code text}, or -1 when it is not a plain integer. */
    static long length(String text) {
        if (text == null) {
            return -1;
        }
        String digits = text.strip().replace("_", "");
        for (String suffix : new String[] {"usize", "u64", "u32", "i32", "i64"}) {
            if (digits.endsWith(suffix)) {
                digits = digits.substring(0, digits.length() - suffix.length());
            }
        }
        if (digits.isEmpty() || digits.length() > 18) {
            return -1;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (!Character.isDigit(digits.charAt(i))) {
                return -1;
            }
        }
        return Long.parseLong(digits);
    }
}
