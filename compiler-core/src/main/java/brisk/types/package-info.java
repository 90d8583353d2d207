/**
 * Type checking: Rust types ({@link brisk.types.Ty}, immutable, structural equality), item
 * signatures lowered from item trees ({@link brisk.types.TypeQueries#FN_SIGNATURE}, ADT, trait and
 * impl definitions, the per-crate {@link brisk.types.ImplIndex}), and per-body type inference
 * ({@link brisk.types.TypeQueries#INFER} producing an immutable {@link brisk.types.InferenceResult}:
 * the type of every expression and binding, the callee of every call, receiver adjustments, and
 * rustc's type errors E0308, E0599, E0609, E0061, E0369, E0277, E0614).
 *
 * <p>Invariants: signature queries read only item trees and def maps, so body edits backdate them;
 * {@code infer} reads one body's syntax and name resolution and never a file's parse or source map,
 * so an edit re-infers only the edited body. {@link brisk.types.Ty.Error} unifies with everything
 * and is never reported: one mistake gives one error, and constructs brisk cannot type yet are
 * silent (their expressions get the error type).
 *
 * <p>Where to start reading: {@link brisk.types.BodyInference} (the walk), then
 * {@code Exprs} (expressions and statements), {@code Methods} (autoderef/autoref method probing),
 * {@code Patterns} (match ergonomics), {@link brisk.types.InferTable} (unification with rollback),
 * {@code ItemLowering} / {@code TyLowering} (TypeRef to Ty). std's types come from brisk's std model
 * ({@code resources/brisk/std/lib.rs}), found through {@link brisk.types.StdItems}.
 */
package brisk.types;
