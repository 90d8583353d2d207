package brisk.types;

import java.util.List;

/**
 * A fn's lowered signature. For a method, {@code params.get(0)} is the receiver's type
 * ({@code Self}, {@code &Self}, {@code &mut Self}) and {@code hasSelf} is set. In a trait,
 * {@code Self} is {@code Param(-1)}; in an impl it is the impl's self type.
 */
public record FnSig(GenericParams generics, List<Ty> params, List<String> paramNames, Ty ret, boolean hasSelf,
                    boolean isUnsafe) {
    public FnSig {
        params = List.copyOf(params);
        paramNames = List.copyOf(paramNames);
    }

    /** Number of arguments a call passes in parentheses (the receiver of a method call excluded). */
    public int argCount(boolean methodCall) {
        return methodCall && hasSelf ? params.size() - 1 : params.size();
    }
}
