/**
 * brisk's runtime: the parts of Rust's core/std that compiled programs call, with behaviour
 * byte-identical to rustc debug builds (panic messages, formatting, exit statuses).
 *
 * <p><b>Value representation</b> (shared contract with codegen): i8/i16/i32/u8/u16/u32/char in
 * {@code int} (narrow signed types sign-extended, narrow unsigned zero-extended, u32 as bit
 * pattern), i64/u64/isize/usize in {@code long} (unsigned as bit pattern), f32/f64 in
 * {@code float}/{@code double}, bool in {@code boolean}. Every {@code usize} argument or result
 * of this package is a {@code long} compared unsigned. {@code &str} is {@link brisk.runtime.RStr}
 * and {@code String} is {@link brisk.runtime.RString} — UTF-8 bytes, because Rust's string API is
 * defined on byte indices (see RStr's doc for the trade-off). {@code Vec<T>}/{@code &[T]} of
 * reference elements are {@link brisk.runtime.RVec}/{@link brisk.runtime.RSlice}.
 *
 * <p><b>Panics</b>: {@link brisk.runtime.Panic} is the unwinding exception. Creating one with
 * {@code Panic.panic} (or any {@link brisk.runtime.Panics}/{@link brisk.runtime.Arith}/
 * {@link brisk.runtime.Bounds} helper) immediately runs the panic hook, which prints
 * {@code thread 'NAME' (ID) panicked at LOC:\nMSG} to stderr — at panic time, as rustc does.
 * {@link brisk.runtime.Rt} turns the outcome of {@code main} into exit status 0/101/134.
 *
 * <p><b>Formatting</b>: {@link brisk.runtime.Formatter} is core's Formatter (sink + options of one
 * placeholder, {@code pad}, {@code padIntegral}, Debug builders, {@code padded()} for generated
 * {@code {:#?}} code, handed to user {@code Display}/{@code Debug} impls); {@link brisk.runtime.Fmt} holds
 * the Display/Debug/hex/exp impls of primitives; {@link brisk.runtime.FloatFmt} ports flt2dec.
 * {@link brisk.runtime.FmtSpec} is a parsed placeholder spec.
 *
 * <p><b>I/O and threads</b>: {@link brisk.runtime.Io} owns fd 1/2; stdout is line-buffered exactly
 * like std's {@code LineWriter} so stdout/stderr interleave as under rustc; output can be captured
 * per thread (used by the test harness in {@code brisk.runtime.test}). {@link brisk.runtime.Stdin}
 * is fd 0; {@link brisk.runtime.RThread} is {@code thread::spawn}/{@code join}.
 *
 * <p><b>Library functions</b>: {@link brisk.runtime.StrOps} (split, lines, replace, case
 * mapping; {@link brisk.runtime.StrPieces} makes the splits iterators), {@link brisk.runtime.CharOps}
 * (char predicates/case mapping from rustc-generated Unicode tables in
 * {@link brisk.runtime.CharTables}), {@link brisk.runtime.Parse} ({@code str::parse}, with std's
 * error records {@code ParseIntError}, {@code ParseFloatError}, {@code ParseBoolError},
 * {@code ParseCharError}), {@link brisk.runtime.Utf8Conv} ({@code from_utf8}, {@code as_bytes}),
 * {@link brisk.runtime.IntOps} (integer methods beyond operators), {@link brisk.runtime.Int128}
 * ({@code i128}/{@code u128} values and all their operations), {@link brisk.runtime.SliceOps}
 * (sorting, searching, dedup, join of boxed elements), {@link brisk.runtime.Floats} (f32/f64
 * methods whose Rust semantics differ from Java's), {@link brisk.runtime.Casts} ({@code as}). {@code RefInt}…{@code RefObj} are the
 * mutable cells codegen uses for {@code &mut} of locals. Generated files
 * ({@link brisk.runtime.CharTables}, {@link brisk.runtime.UnicodeEscapes}) must not be edited by
 * hand: rerun their generators.
 *
 * <p><b>Closures and iterators</b>: {@link brisk.runtime.RFn0}…{@link brisk.runtime.RFn4} are erased
 * Rust callables (boxed arguments and result: {@code Integer} for narrow integers and chars,
 * {@code Long}, {@code Float}, {@code Double}, {@code Boolean}, objects as they are, null for unit);
 * compiled closures implement them. {@code brisk.runtime.iter} holds std's iterators over such boxed
 * items: {@code RIter} (lazy adapters with std's pull order), {@code Sources} (slices, ranges, chars,
 * std::iter's functions), {@code Peekable}, {@code Collect} and {@code VecOps} (retain, sort_by_key,
 * chunks, windows). Consumers (sum, fold, max, ...) are compiled code, not runtime.
 *
 * <p><b>Launching</b>: run compiled programs with {@code --enable-native-access=ALL-UNNAMED} (or
 * the {@code Enable-Native-Access: ALL-UNNAMED} manifest attribute) so {@link brisk.runtime.Libm}
 * can call the C libm and f32/f64 transcendental functions match rustc bit for bit; without it
 * they fall back to {@link java.lang.Math} (last-bit differences in rare cases).
 *
 * <p><b>Oracles</b>: every behaviour is tested against output recorded from real rustc/cargo runs;
 * the generator programs and scripts live in {@code runtime/src/test/resources}
 * ({@code gen-*.rs}, {@code gen-*.sh}). Start reading at {@link brisk.runtime.Rt} and
 * {@link brisk.runtime.Formatter}.
 */
package brisk.runtime;
