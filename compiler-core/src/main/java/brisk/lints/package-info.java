/**
 * rustc's lints and the errors that need no types, from item trees, name resolution and body
 * syntax: {@code unused_variables}, {@code unused_assignments} (for variables never read),
 * {@code unused_mut} (for variables never referenced), {@code unreachable_code}, and E0384, E0596,
 * E0023, E0026, E0062, E0063, E0559, E0560, E0106.
 *
 * <p><b>Queries.</b> {@link brisk.lints.LintQueries#ITEM_LINTS} gives one item's diagnostics at
 * their default level ({@code brisk.driver.CheckQueries.ITEM_DIAGNOSTICS} includes them);
 * {@link brisk.lints.LintQueries#BODY_OFFSET} (backdated) lets diagnostics about parameters be
 * item-relative. {@link brisk.lints.LintLevels#apply} runs last, on the crate's sorted absolute
 * diagnostics: the innermost {@code allow/warn/deny/forbid/expect} attribute naming the lint,
 * {@code unused} or {@code warnings} (walking syntax ancestors, then the {@code mod} declaration
 * of an out-of-line module) drops, keeps or turns a lint into an error, and the first diagnostic
 * per (lint, level source) gets rustc's note.
 *
 * <p><b>Invariant: no false positives.</b> Every doubt is a use or a skip: any identifier in a
 * macro's tokens or format string counts as a use of that name; compound assignments are reads;
 * or-pattern, {@code ref}, {@code @} and upper-case bindings, dead code, bodies with resolution or
 * field errors (rustc's tainted bodies) are not linted; field checks only look at structs and
 * enums of the same crate; E0106 only covers fields and fns without parameters. Lints that need
 * data flow (an assignment overwritten before being read) or types (unused_mut of a used
 * variable, unused imports of traits) are not reported.
 *
 * <p>Start reading at {@code LintQueries.itemLints}, then {@code Liveness}.
 * Fixtures: {@code test-fixtures/fixtures/ui} ({@code UiFixturesTest}, blessed by {@code bless-ui.sh}).
 */
package brisk.lints;
