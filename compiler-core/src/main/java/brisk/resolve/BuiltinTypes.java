package brisk.resolve;

import java.util.Set;

/** Rust's primitive type names, resolved when nothing in scope shadows them. */
public final class BuiltinTypes {
    private static final Set<String> NAMES = Set.of("bool", "char", "str", "i8", "i16", "i32", "i64", "i128",
            "isize", "u8", "u16", "u32", "u64", "u128", "usize", "f32", "f64");

    private BuiltinTypes() {}

    public static boolean isBuiltin(String name) {
        return NAMES.contains(name);
    }
}
