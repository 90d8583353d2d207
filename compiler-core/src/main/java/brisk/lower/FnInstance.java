package brisk.lower;

import brisk.resolve.BodyOwner;
import brisk.types.Ty;
import java.util.List;

/** One fn monomorphized: the fn item and concrete types for all its generic parameters (container's first). */
public record FnInstance(BodyOwner owner, List<Ty> typeArgs) {
    public FnInstance {
        typeArgs = List.copyOf(typeArgs);
    }
}
