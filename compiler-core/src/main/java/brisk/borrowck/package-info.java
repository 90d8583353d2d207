/**
 * The checks rustc makes on typed bodies while building and borrow-checking MIR: calls to unsafe
 * fns outside unsafe blocks (E0133, {@code Unsafety}), match
 * exhaustiveness (E0004), use of moved values (E0382) and conflicting borrows (E0499, E0502).
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
 * <p><b>Moves.</b> {@code Moves} is a forward "maybe moved" dataflow over the body's syntax in
 * evaluation order (branches joined, loop bodies walked twice for "in previous iteration of loop",
 * {@code return}/{@code break}/{@code continue}/{@code !} ending a path) for {@code let}-bound locals
 * and plain by-value parameters whose type is certainly not Copy (a parameter's diagnostic is
 * item-relative, as its label points into the signature). <b>Borrows.</b> {@code Borrows} finds {@code let r = &x;}
 * (or {@code &mut x}, {@code &v[i]}), a conflicting borrow of {@code x} in a later statement of the
 * same block outside any branch, loop, closure or macro, and a use of {@code r} after it.
 *
 * <p><b>Invariant: no false positives.</b> A match using anything brisk does not enumerate
 * (constants, slices, strings, chars, floats, {@code usize}, std enums other than Option and
 * Result, macros) is not checked at all; a local mentioned in a closure or macro is not tracked
 * for moves, except as a whole argument or {@code {x}} capture of std's formatting macros;
 * labeled loops end the move analysis of the body. Not yet: moves out of fields, {@code for} loops'
 * implicit {@code into_iter}, rustc's notes pointing into std's source (Option/Result "defined
 * here", std methods taking {@code self}), and the clone note for types without Clone.
 */
package brisk.borrowck;
