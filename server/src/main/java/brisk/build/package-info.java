/**
 * {@code brisk build/run/test} behind the CLI: {@link brisk.build.BuildService} lowers a program
 * (query {@code lower_program}), generates its classes with one query per class
 * ({@link brisk.build.BuildQueries}) and writes only the changed class files under
 * {@code <workspace>/target/brisk/classes/<crate>-<kind>[-test]/} ({@link brisk.build.BuiltProgram#classesWritten}
 * says how many); {@link brisk.build.ChildJvm} runs
 * the program's JVM {@code main} (Rust main through the runtime, or the codegen-generated libtest
 * harness) in a child JVM of the same Java installation, inheriting stdin/stdout/stderr so exit
 * status and output are the program's own ({@link brisk.build.ChildJvm#command} gives the command line
 * to callers that capture output instead, as the language server does). {@link brisk.build.ProgramSupport} is glue compiled
 * programs call (Formatter construction, boxing for Vec elements) until the runtime provides it;
 * it is on the child's class path next to the runtime.
 */
package brisk.build;
