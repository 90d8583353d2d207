/**
 * The back end's intermediate representation: what {@code brisk.lower} produces from a typed
 * function body and {@code brisk.codegen} turns into JVM classes. All values are immutable records
 * with structural equality, so IR can be a query result that the database backdates.
 *
 * <p>Shape: an {@link brisk.lower.ir.IrModule} holds {@link brisk.lower.ir.IrFunction}s,
 * {@link brisk.lower.ir.IrAdt}s, {@link brisk.lower.ir.IrTrait}s, {@link brisk.lower.ir.IrStatic}s and,
 * for a binary, an {@link brisk.lower.ir.IrEntry} (Rust {@code main}, or the
 * {@link brisk.lower.ir.IrTest}s of a test binary). A function is a control-flow
 * graph of {@link brisk.lower.ir.IrBlock}s (block 0 is the entry) ending in an
 * {@link brisk.lower.ir.IrTerminator} (goto, branch, switch, return, panic, unreachable, resume),
 * like rustc's MIR; a block's optional unwind edge names the cleanup block that runs drops when a
 * panic escapes it. Statements assign an {@link brisk.lower.ir.IrExpr} to a
 * {@link brisk.lower.ir.Place} (local, static, field, tuple element, cell deref, array index) or
 * evaluate it for effect. Expressions are trees without control flow, evaluated left to right —
 * exactly JVM stack code.
 *
 * <p>Invariants: every expression knows its {@link brisk.lower.ir.IrType}, and records check
 * operand types on construction (an ill-typed node throws: a lower bug). Types keep integer
 * width and signedness because operators are typed ({@link brisk.lower.ir.IrExpr.Arith} with
 * {@link brisk.lower.ir.Overflow#CHECKED} is rustc's debug-mode operator, panicking with its
 * message and the source location). Value semantics are explicit: reading a place of ADT, tuple
 * or array type yields the shared object (a move); a copy of a Copy value is
 * {@link brisk.lower.ir.IrExpr.Copy}. Unit and never have no JVM value (lower drops unit fields
 * and tuple elements). Names are {@link brisk.lower.ir.IrPath}s whose first segment is the crate's
 * unique symbol name; {@code brisk.codegen.JvmNames} maps them to JVM names.
 *
 * <p>How Rust maps (lower's side): {@code if}/{@code while}/{@code loop}/{@code &&}/{@code ||}
 * are blocks and {@link brisk.lower.ir.IrTerminator.Branch}es; {@code match} on an enum is a
 * {@link brisk.lower.ir.IrTerminator.Switch} on {@link brisk.lower.ir.IrExpr.Tag} with payloads
 * read through variant {@link brisk.lower.ir.FieldRef}s; {@code let y = x} of a Copy struct is
 * {@code Copy}, of a non-Copy one a plain read. A local borrowed {@code &mut} is boxed into a cell
 * ({@link brisk.lower.ir.IrExpr.NewCell}, type {@link brisk.lower.ir.IrType.Ref}) for its whole
 * life and used through {@link brisk.lower.ir.Place.Deref}; {@code &mut} of a struct can simply
 * be the object. Closures are functions taking their captures first, made callable values of type
 * {@link brisk.lower.ir.IrType.FnPtr} by {@link brisk.lower.ir.IrExpr.MakeFn}; lower makes all of them
 * erased ({@code Object}s in and out, see {@code brisk.lower.Erased}), values crossing through
 * {@link brisk.lower.ir.IrExpr.Box}/{@link brisk.lower.ir.IrExpr.Unbox} (also how runtime iterators
 * and vectors hold items). A {@code dyn Trait}
 * is an {@link brisk.lower.ir.IrTrait} interface implemented by ADTs ({@link brisk.lower.ir.IrImpl}),
 * made by {@link brisk.lower.ir.IrExpr.ToDyn} and called by {@link brisk.lower.ir.IrExpr.DynCall}
 * (other types are wrapped in an ADT by lower). Strings, vectors
 * and formatting are runtime calls ({@link brisk.lower.ir.IrExpr.StaticCall} on
 * {@code brisk/runtime/...}, types {@link brisk.lower.ir.IrType.Obj}); a {@code &'static str}
 * literal is a {@link brisk.lower.ir.IrExpr.ConstantCall} of {@code RStr.of}. Generic code is
 * monomorphized by lower: one function or ADT per instantiation, with a {@code $}-suffixed name.
 *
 * <p>Start reading at {@link brisk.lower.ir.IrFunction} and {@link brisk.lower.ir.IrExpr}.
 */
package brisk.lower.ir;
