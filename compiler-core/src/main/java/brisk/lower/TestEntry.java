package brisk.lower;

import brisk.lower.ir.FnRef;

/**
 * One {@code #[test]} fn of a harness program, as libtest describes it.
 *
 * @param name         the path inside the crate ({@code tests::adds})
 * @param fn           the compiled fn (no parameters, unit result)
 * @param ignoreReason with {@code ignore}, the optional {@code #[ignore = "..."]} reason (or null)
 * @param expected     with {@code shouldPanic}, the optional {@code expected = "..."} substring (or null)
 * @param location     {@code src/lib.rs:13:8}: where the fn name is, printed by libtest for should_panic
 */
public record TestEntry(String name, FnRef fn, boolean ignore, String ignoreReason, boolean shouldPanic,
                        String expected, String location) {}
