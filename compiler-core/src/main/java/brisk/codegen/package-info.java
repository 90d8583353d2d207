/**
 * The code generator: {@link brisk.lower.ir} → JVM class files, written with the JDK's
 * {@code java.lang.classfile} API (stack maps computed by it). Entry points:
 * {@link brisk.codegen.Codegen#emitModule} (all classes, a {@link brisk.codegen.CodegenOutput} of
 * {@link brisk.codegen.EmittedClass}es sorted by name) and, for a query per output class,
 * {@link brisk.codegen.Codegen#classNames} plus {@link brisk.codegen.Codegen#emitClass}. The same IR
 * always yields the same bytes.
 *
 * <p>Layout: one class per Rust module with functions as public static methods (plus the JVM
 * {@code main(String[])} of a binary, which runs Rust {@code main} through
 * {@code brisk.runtime.Rt.main}); one class per struct; an abstract class per enum with a final
 * subclass per variant; one class per tuple shape, identical in every module that uses it. Naming
 * is {@link brisk.codegen.JvmNames} (everything under {@code rs/}). Scalars use the JVM
 * representation fixed with the runtime (narrow ints normalized in an {@code int}, 64-bit ints in a
 * {@code long}, unit as no value); ADTs, arrays and tuples are mutable objects standing for inline
 * Rust values, so a Copy duplicates them ({@code CopyEmitter}).
 *
 * <p>Reading order: {@link brisk.codegen.Codegen} → {@code FunctionEmitter} (blocks, statements,
 * terminators: one label per IR block, fall-through to the next) → {@code ExprEmitter} (expression
 * trees and places) with {@code ArithEmitter} (operators; checked ones via {@code brisk.runtime.Arith})
 * and {@code BranchEmitter} (fused compare-and-branch) →
 * {@code CastEmitter} ({@code as}), {@code CopyEmitter}, {@code AdtEmitter} and {@code TupleEmitter}
 * (data classes). {@code RuntimeApi} lists every runtime name generated code uses; compiler-core
 * does not depend on the runtime at build time. {@code UsedClasses} scans the IR for the enum
 * variants (the class hierarchy the stack-map generator needs) and tuple shapes it mentions.
 */
package brisk.codegen;
