/**
 * Type checking: Rust types ({@link brisk.types.Ty}: immutable, structural equality, primitives
 * interned), item signatures lowered from item trees ({@link brisk.types.TypeQueries#FN_SIGNATURE},
 * ADT, trait and impl definitions, the per-crate {@link brisk.types.ImplIndex} of every visible impl
 * indexed by method name and self-type head), and per-body type inference
 * ({@link brisk.types.TypeQueries#INFER} producing an immutable {@link brisk.types.InferenceResult}:
 * the type of every expression and binding, the callee of every call, receiver adjustments, and
 * rustc's type errors E0308, E0599, E0609, E0061, E0369, E0277, E0282, E0614). Codegen reads the
 * result and never infers again.
 *
 * <p>Invariants: item-level queries read only item trees and def maps, so body edits backdate them;
 * {@code infer} reads one body's syntax and name resolution and never a file's parse or source map,
 * so an edit re-infers only the edited body ({@code IncrementalCheckTest}). {@link brisk.types.Ty.Error}
 * unifies with everything and is never reported: one mistake gives one error. Item-level queries
 * recover from cycles (invalid programs) with error values. std's types and methods come from brisk's
 * std model ({@code resources/brisk/std/lib.rs}, honest Rust signatures without bodies) found through
 * {@link brisk.types.StdItems}; a method the model lacks is reported as unsupported by brisk, never as
 * rustc's E0599 (which is only used where brisk knows every method the receiver could have).
 *
 * <p>Where to start reading: {@link brisk.types.BodyInference} (the walk and shared rules: coercion,
 * trait implementation, projections), then {@code Exprs} (expressions and statements), {@code Methods}
 * (autoderef/autoref method probing), {@code Paths} (value paths, associated fns, constructors),
 * {@code Patterns} (match ergonomics), {@code Operators}, {@code Macros} (std's macros),
 * {@link brisk.types.InferTable} (unification with rollback) and {@code ItemLowering} /
 * {@code TyLowering} (TypeRef to Ty).
 */
package brisk.types;
