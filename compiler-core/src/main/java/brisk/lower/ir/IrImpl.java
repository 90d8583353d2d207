package brisk.lower.ir;

import java.util.List;

/**
 * An ADT's implementation of a {@code dyn}-usable trait: for each trait method, the compiled
 * function implementing it, whose first parameter is the receiver (the ADT value) and whose other
 * parameters and result are the trait method's.
 */
public record IrImpl(IrPath trait, List<Method> methods) {
    public IrImpl {
        methods = List.copyOf(methods);
    }

    public record Method(String name, FnRef target) {
        public Method {
            if (!IrPath.isLegalSegment(name)) {
                throw new IllegalArgumentException("illegal method name '" + name + "'");
            }
            if (target.sig().params().isEmpty()) {
                throw new IllegalArgumentException(name + ": implementing function takes no receiver");
            }
        }

        /** The trait method's signature: the target's without its receiver. */
        public IrSig traitSig() {
            List<IrType> params = target.sig().params();
            return new IrSig(params.subList(1, params.size()), target.sig().result());
        }
    }
}
