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
 * ({@code TryLowering}); traits and data representation (next paragraph). Not yet: HashMap/BTreeMap/sets/VecDeque;
 * for closures and iterators see below.
 *
 * <p>Traits and data: Vecs, slices, arrays, Options, Boxes and tuples of any value (objects are stored
 * as they are: {@code Vecs.isObject}; a {@code Box<T>} is its value), with Rust's value semantics
 * (a Copy aggregate is copied when read out of a place, {@code a[i]} as a place never copies the
 * array). Trait calls are resolved statically per instance by {@link brisk.lower.TraitImpls} (impl
 * matching binds the impl's generics; a blanket impl's bounds are checked; a trait's default method
 * is compiled per {@code Self}: its instance's type arguments end with {@code Self}, which
 * {@link brisk.lower.Subst} maps from parameter -1), associated types are normalized through the impl
 * ({@code TypeLowering.normalize}), consts and statics are evaluated at compile time and inlined
 * ({@link brisk.lower.ConstValues}, {@link brisk.lower.AssocConsts}). {@code dyn Trait} is an IR
 * interface of the trait's object-safe methods implemented by each type coerced to it
 * ({@link brisk.lower.DynTraits}; coercions happen at lets, arguments, returns, branches, fields and
 * {@code vec!} elements). Derives are generated code: per type instance one fn for Debug
 * ({@link brisk.lower.DebugFns}: {@code {:#?}} through the runtime Formatter's pad adapter), Clone
 * ({@link brisk.lower.Cloning}) and PartialEq/PartialOrd ({@link brisk.lower.Comparisons}:
 * lexicographic, enums by variant order, NaN unordered), so recursive types work
 * ({@link brisk.lower.DerivedFns}); Default inline ({@link brisk.lower.Defaults}); tuples, Vecs and
 * arrays are compared, cloned and formatted inline. Hand-written impls of std traits are called where std would: operators
 * ({@link brisk.lower.OperatorCalls}), {@code ==}/{@code <}/{@code cmp}, {@code clone},
 * {@code Default::default}, {@code From}/{@code into} ({@link brisk.lower.TraitCalls}), and
 * Display/Debug with a runtime {@code Formatter} carrying the placeholder's options, so
 * {@code f.pad} honours {@code {:>8}} and {@code write!} does not ({@link brisk.lower.UserFormatting}).
 * {@code -> impl Trait} of program traits reveals the body's tail type to callers
 * ({@link brisk.lower.OpaqueTypes}; two such results with equal bounds but different types in one fn
 * are reported). Not yet: other {@code impl Trait} results, qualified paths ({@code <T as Trait>::f}), generic
 * supertraits through {@code dyn}, trait objects of std traits ({@code dyn Display},
 * {@code dyn Error}), {@code Hash} derives, sorting user types, {@code static mut}.
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
 * type is derived from the iterator's type ({@code IterCalls.itemType}); a user type with a
 * non-generic {@code impl Iterator} is wrapped into an {@code RIter} pulling through its {@code next}.
 * {@code main} returning {@code Result} runs through a wrapper entry ({@code MainResult}).
 * Not yet: {@code scan}, {@code collect} into maps and sets, generic user iterators, closures
 * mutating a variable declared without initializer, {@code ?} converting errors through generic or
 * std {@code From} impls.
 *
 * <p>Start reading at {@link brisk.lower.FnLowering}, then {@code ExprLowering} (expressions and
 * control flow), {@code Patterns}, {@code Calls}/{@code StdCalls}, {@code MacroLowering}/{@code
 * Formatting}, and {@link brisk.lower.ProgramLowering} (the collector).
 */
package brisk.lower;
