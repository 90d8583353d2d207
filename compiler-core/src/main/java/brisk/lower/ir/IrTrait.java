package brisk.lower.ir;

import java.util.List;

/**
 * A trait used as {@code dyn Trait}: a JVM interface whose methods are the trait's object-safe
 * methods (monomorphic; signatures without the receiver). Types implementing it list an
 * {@link IrImpl} in their {@link IrAdt}.
 */
public record IrTrait(IrPath path, List<Method> methods) {
    public IrTrait {
        methods = List.copyOf(methods);
        if (methods.stream().map(Method::name).distinct().count() != methods.size()) {
            throw new IllegalArgumentException("duplicate method in trait " + path);
        }
    }

    /** A trait method: name and signature without the receiver. */
    public record Method(String name, IrSig sig) {
        public Method {
            if (!IrPath.isLegalSegment(name)) {
                throw new IllegalArgumentException("illegal method name '" + name + "'");
            }
        }
    }
}
