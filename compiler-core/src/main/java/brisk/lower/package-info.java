/**
 * Lowering: typed Rust bodies to the back end's IR ({@link brisk.lower.ir}), as queries.
 * {@link brisk.lower.LowerQueries#FN} lowers one fn instance (a fn with concrete type arguments:
 * generics are monomorphized, instance names get a {@code $}-suffix) by a single walk over the
 * body's syntax that reads types and resolved calls from {@code brisk.types.InferenceResult} and
 * paths from {@code BodyResolution}: it never infers again, so building after checking runs no
 * {@code infer} query. {@link brisk.lower.LowerQueries#PROGRAM} collects a runnable program from its
 * roots (a binary's {@code main}, or the {@code #[test]} fns of a unit-test harness) through every
 * reachable fn instance and ADT instance, like rustc's monomorphization collector.
 *
 * <p>Invariants: rustc debug-build semantics or an error, never a wrong program. Anything outside
 * the supported subset throws {@code Unsupported} inside one fn and becomes the error "brisk does
 * not support FEATURE yet" at its span; a program with any such error has no IR. Operands are
 * evaluated left to right (earlier operands are spilled before a later one emits code), checked
 * arithmetic carries rustc's {@code file:line:col} (workspace-relative path, as cargo passes it),
 * and a by-value use of a Copy aggregate copies it. Panic locations come from {@code BodyLines},
 * which stays equal unless the body or the text above it moved, so an edit re-lowers only the
 * fns it touched.
 *
 * <p>Supported: integer/float/bool/char scalars with checked operators and casts, {@code &str} and
 * {@code String} basics, structs and enums (user ones, plus std's Option/Result) with
 * construction, fields, methods (trait methods on concrete types) and {@code match}/{@code if let}
 * patterns, {@code Vec}/slices/arrays of scalars and strings (boxed elements), {@code if},
 * {@code while}, {@code loop} with break values and labels, {@code for} over integer ranges and
 * collections, {@code println!}-family and {@code format!} with literal specs, {@code panic!},
 * {@code assert!}/{@code assert_eq!}/{@code assert_ne!}, {@code unreachable!}/{@code todo!},
 * {@code vec!}, {@code std::process::exit}, {@code {:?}} of derive(Debug) types, tuples and
 * collections, runtime widths/precisions, range slicing, Option/Result unwrap-family methods,
 * {@code Vec::push/pop/remove/len}; closures ({@link brisk.lower.Closures}), iterators
 * ({@link brisk.lower.IterCalls}), Option/Result combinators ({@code Combinators}), {@code ?}
 * ({@code TryLowering}). Not yet: user Display/Debug impls, {@code {:#?}}, generic trait dispatch,
 * Vec of ADTs, const items, HashMap/BTreeMap/sets/VecDeque; for closures and iterators see below.
 *
 * <p>std methods without closures are lowered by receiver family, each mapping to the runtime
 * (tested there on its own) with rustc's results and panics: {@code StrCalls} (str/String: search,
 * trim, case, replace, repeat, strip, editing, comparison operators, {@code +}/{@code +=}, byte-range
 * slicing with char-boundary panics, splitting iterators, UTF-8 conversions), {@code ParseCalls}
 * ({@code parse} to every integer, float, bool and char, {@code from_str_radix}, std's error values
 * as runtime records printed by {@code Formatting}), {@code CharCalls}, {@code NumCalls} (checked,
 * wrapping, saturating, overflowing, Euclidean, bit and byte methods, Ord/PartialOrd on scalars,
 * f32/f64 math), {@code WideInts} (i128/u128 as the runtime's immutable {@code Int128}: operators,
 * casts, constants, formatting and parsing are runtime calls, no codegen support needed),
 * {@code SliceCalls} (Vec/slice/array methods: search, order, dedup, clone, join, split_at, copy),
 * {@code OrderingCalls}, {@code MemCalls} ({@code mem::swap/replace/take} on places) and
 * {@code StdValues} (Option/Result/Ordering results built by a branch so a payload is lowered only on
 * its side). A family never hands a call back after lowering its operands (no double evaluation).
 *
 * <p>Closures and iterators are erased ({@link brisk.lower.Erased}): every callable type (closure, fn
 * item or pointer, {@code impl Fn}, {@code dyn Fn}, {@code Box<dyn Fn>}, a generic {@code F: Fn} once
 * monomorphized) is one {@code IrType.FnPtr} per arity taking and returning {@code Object}s (the
 * runtime's {@code RFnN}); every std iterator type and {@code impl Iterator} is the runtime's
 * {@code RIter} of boxed items. So generic code, struct fields, Vecs of closures and std's adapters all
 * share one representation and no per-closure class is needed; the cost is boxing at the boundary.
 * A closure body is a function of its own ({@code fnName$closureN}, returned in
 * {@link brisk.lower.LoweredFn#closures()}) taking its captures first; a variable a non-{@code move}
 * closure assigns or borrows {@code &mut} lives in a cell for its whole life (found before lowering
 * by {@code Closures.findCells}, macro arguments included), a {@code move} closure copies its captures
 * and keeps its own cell for those it mutates. Iterator adapters are lazy runtime objects calling the
 * closures in std's order; consumers ({@code sum}, {@code fold}, {@code max}, {@code collect}, {@code for}
 * ...) are IR loops over {@code RIter.next}, keeping the item type's exact semantics; an item's Rust
 * type is derived from the iterator's type ({@code IterCalls.itemType}). Not yet: {@code scan},
 * {@code max_by}/{@code min_by}/{@code sort_by} (need {@code Ordering} values), {@code collect} into maps
 * and sets, user types implementing {@code Iterator} used with adapters, {@code main} returning
 * {@code Result}, closures mutating a variable declared without initializer, {@code ?} converting errors
 * through generic or std {@code From} impls.
 *
 * <p>Start reading at {@link brisk.lower.FnLowering}, then {@code ExprLowering} (expressions and
 * control flow), {@code Patterns}, {@code Calls}/{@code StdCalls}, {@code MacroLowering}/{@code
 * Formatting}, and {@link brisk.lower.ProgramLowering} (the collector).
 */
package brisk.lower;
