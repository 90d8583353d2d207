/**
 * The libtest replacement linked into {@code cargo test} binaries compiled by brisk.
 * {@link brisk.runtime.test.TestHarness#main} takes the process arguments and the list of
 * {@link brisk.runtime.test.TestDesc}s codegen collected from {@code #[test]} fns and prints
 * libtest's pretty output byte for byte (as libtest does with {@code --test-threads=1}): tests run
 * sequentially in name order, each on a fresh thread named after the test whose stdout/stderr
 * (including the panic report) is captured through {@link brisk.runtime.Io#beginCapture} and
 * shown in the {@code failures:} section. Invariant: the harness's own report goes to the real
 * stdout, never to a capture. Extension over libtest: a per-test time limit
 * ({@code BRISK_TEST_TIMEOUT_SECS}).
 */
package brisk.runtime.test;
