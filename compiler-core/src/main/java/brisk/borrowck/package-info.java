/**
 * The checks rustc makes on typed bodies while building and borrow-checking MIR: match
 * exhaustiveness (E0004).
 *
 * <p><b>Query.</b> {@link brisk.borrowck.BorrowckQueries#BODY_CHECKS} is one fn body's diagnostics
 * (body-relative spans), after {@code brisk.types.TypeQueries.INFER}; bodies with resolution or
 * type errors are skipped, as rustc skips tainted bodies. {@code brisk.driver} gathers it per item.
 *
 * <p><b>Exhaustiveness.</b> {@code MatchPatterns} lowers each arm's pattern against the
 * scrutinee's type to a {@code Pat} (constructors: enum variants, bools, integer ranges, the single
 * constructor of tuples, structs and references, with match ergonomics); {@code Usefulness} is
 * rustc's usefulness algorithm with witnesses ({@code rustc_pattern_analysis}), so the reported
 * patterns and their order are rustc's; {@code Witnesses} prints them; {@code MatchCheck} builds
 * the diagnostic with its note, "defined here" labels and suggested arm.
 *
 * <p><b>Invariant: no false positives.</b> A match using anything brisk does not enumerate
 * (constants, slices, strings, chars, floats, {@code usize}, std enums other than Option and
 * Result, macros) is not checked at all.
 */
package brisk.borrowck;
