/**
 * The code generator: {@link brisk.lower.ir} → JVM class files, written with the JDK's
 * {@code java.lang.classfile} API (stack maps computed by it). Entry points:
 * {@link brisk.codegen.Codegen#emitModule} (all classes, a {@link brisk.codegen.CodegenOutput} of
 * {@link brisk.codegen.EmittedClass}es sorted by name) and, for a query per output class,
 * {@link brisk.codegen.Codegen#classNames} plus {@link brisk.codegen.Codegen#emitClass}. The same IR
 * always yields the same bytes. The one user-facing failure, a function too big for a JVM method,
 * is an error value ({@link brisk.codegen.CodegenOutput#errors()}), never an exception.
 *
 * <p>Layout: one class per Rust module with its functions as public static methods and its
 * statics as static fields (plus, for a binary, the JVM {@code main(String[])} running Rust
 * {@code main} through {@code brisk.runtime.Rt.main}, or the tests through the runtime's libtest
 * harness: {@code EntryEmitter}); one class per struct; an abstract class
 * per enum with a final subclass per variant; an interface per {@code dyn} trait, implemented by
 * ADT classes through bridge methods; one class per tuple shape and one interface per callable
 * shape (closures are LambdaMetafactory lambdas), identical in every module using it; an erased
 * shape ({@code Object}s in and out, up to four parameters) is instead the runtime's
 * {@code brisk.runtime.RFnN}, so std support can call it ({@code JvmNames.isRuntimeFnInterface}).
 * {@code BoxEmitter} maps {@code Box}/{@code Unbox} to Java wrappers ({@code Integer} for narrow
 * integers and chars, {@code Long}, {@code Float}, {@code Double}, {@code Boolean}; null for unit). Naming is
 * {@link brisk.codegen.JvmNames} (everything under {@code rs/}). Scalars use the JVM
 * representation fixed with the runtime (narrow ints normalized in an {@code int}, 64-bit ints in
 * a {@code long}, unit as no value); ADTs, arrays and tuples are mutable objects standing for
 * inline Rust values, so a Copy duplicates them.
 *
 * <p>Reading order: {@link brisk.codegen.Codegen} (the plan of output classes) →
 * {@code ModuleClassEmitter} and {@code EntryEmitter} → {@code FunctionEmitter} (blocks,
 * statements, terminators, unwind handlers: one label per IR block, fall-through to the next) →
 * {@code ExprEmitter} (expression trees and places) with {@code ArithEmitter} (operators; checked
 * ones call {@code brisk.runtime.Arith}), {@code BranchEmitter} (fused compare-and-branch),
 * {@code CastEmitter} ({@code as}), {@code CopyEmitter} and {@code Effects} (keeps Rust's
 * value-before-place assignment order); {@code AdtEmitter} (structs, enums,
 * trait interfaces) and {@code ShapeEmitter} (tuple classes, callable interfaces) emit the rest.
 * {@code RuntimeApi} lists every runtime name generated code uses (compiler-core does not depend
 * on the runtime at build time). {@code UsedClasses} scans the IR for enum variants (the class
 * hierarchy the stack-map generator needs) and the tuple and callable shapes to emit.
 */
package brisk.codegen;
