package brisk.runtime;

/**
 * A Rust closure, fn item or fn pointer of 2 parameter(s), erased: arguments and result are boxed
 * the way codegen's {@code Box} boxes (Integer for narrow integers and char, Long, Float, Double,
 * Boolean, the object itself for references, null for unit). Compiled closures implement it through
 * LambdaMetafactory; std support (iterators, Option/Result combinators) calls it.
 */
@FunctionalInterface
public interface RFn2 {
    Object call(Object a0, Object a1);
}
