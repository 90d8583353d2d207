/**
 * rustc's lints and the errors that need no types, from item trees, name resolution and body
 * syntax: {@code unused_variables}, {@code unused_assignments} (for variables never read),
 * {@code unused_mut} (for variables never referenced), {@code unused_imports},
 * {@code unreachable_code}, {@code dead_code} (private fns, structs, enums and variants, constants
 * and statics whose name appears nowhere else in the crate: {@code DeadCode}), and E0384, E0596, E0023, E0026, E0062, E0063, E0559, E0560, E0106.
 *
 * <p><b>Queries.</b> {@link brisk.lints.LintQueries#ITEM_LINTS} gives one item's diagnostics at
 * their default level ({@code brisk.driver.CheckQueries.ITEM_DIAGNOSTICS} includes them): E0106
 * from the item tree ({@code MissingLifetimes}), then for a fn body the field checks
 * ({@code StructFields}), dead code ({@code Unreachable}) and liveness with the mutability errors
 * ({@code Liveness}). {@link brisk.lints.LintQueries#BODY_OFFSET} (backdated) lets diagnostics about
 * parameters be item-relative, so a body edit elsewhere re-lints nothing else.
 * {@link brisk.lints.LintQueries#UNUSED_IMPORTS} and {@link brisk.lints.LintQueries#DEAD_CODE} are per
 * crate, with absolute spans.
 * {@link brisk.lints.LintLevels#apply} runs last, on the crate's sorted absolute diagnostics: the
 * innermost {@code allow/warn/deny/forbid/expect} attribute naming the lint, {@code unused} or
 * {@code warnings} (walking syntax ancestors, then the {@code mod} declaration of an out-of-line
 * module) drops, keeps or turns a lint into an error; {@code PhaseOrder} puts diagnostics in
 * rustc's phase order (resolution, then type checking of all bodies, then per body borrowck and
 * liveness), and the first diagnostic per (lint, level source) gets rustc's note.
 *
 * <p><b>Invariant: no false positives.</b> Every doubt is a use or a skip: any identifier in a
 * macro's tokens or format string counts as a use of that name; compound assignments are reads;
 * or-pattern, {@code ref}, {@code @} and upper-case bindings, dead code, and bodies with
 * resolution, signature or field errors (rustc's tainted bodies) are not linted; an import is used
 * when its name occurs anywhere else in the crate, and traits, macros and globs are never
 * reported; field checks only look at structs and enums of the same crate; E0106 covers fields,
 * fns without parameters and fns with exactly two borrowed parameters of primitive types.
 * Lints that need data flow (a value overwritten before being read) or types ({@code unused_mut}
 * of a used variable) are not reported. Checked against rustc on every error-free fixture of all
 * worktrees: no diagnostic rustc does not give.
 *
 * <p>Start reading at {@code LintQueries.itemLints}, then {@code Liveness}.
 * Fixtures: {@code test-fixtures/fixtures/ui} ({@code UiFixturesTest}, blessed by {@code bless-ui.sh}).
 */
package brisk.lints;
