package brisk.types;

import brisk.base.TextRange;
import brisk.items.ItemDiagnostic;
import java.util.List;
import java.util.Map;

/**
 * Everything inference learned about one body, keyed by body-relative node ranges: the type of
 * every expression ({@code exprTypes}) and of every binding pattern ({@code bindingTypes}, by the
 * {@code IDENT_PAT}'s range), the function each call or method call resolved to ({@code callees}, by
 * the call's range), the receiver adjustments of method calls and field accesses ({@code adjustments},
 * by the receiver's range), and the body's type errors. Types hold no inference variables: what
 * stayed unknown is {@link Ty.Error}. Codegen reads this and never infers again.
 */
public record InferenceResult(RangeMap<Ty> exprTypes, RangeMap<Ty> bindingTypes,
                              RangeMap<Callee> callees, RangeMap<List<Adjustment>> adjustments,
                              List<ItemDiagnostic> diagnostics) {
    public static final InferenceResult EMPTY = new InferenceResult(RangeMap.of(), RangeMap.of(), RangeMap.of(),
            RangeMap.of(), List.of());

    public InferenceResult {
        diagnostics = List.copyOf(diagnostics);
    }

    static InferenceResult of(Map<TextRange, Ty> exprTypes, Map<TextRange, Ty> bindingTypes,
                              Map<TextRange, Callee> callees, Map<TextRange, List<Adjustment>> adjustments,
                              List<ItemDiagnostic> diagnostics) {
        return new InferenceResult(RangeMap.copyOf(exprTypes), RangeMap.copyOf(bindingTypes), RangeMap.copyOf(callees),
                RangeMap.copyOf(adjustments), diagnostics);
    }

    /** A resolved call: the fn and its generic arguments (container's first, as {@link GenericParams}). */
    public record Callee(FnRef fn, List<Ty> genericArgs) {
        public Callee {
            genericArgs = List.copyOf(genericArgs);
        }
    }

    /** One step applied to a receiver before a method call or field access, in order. */
    public enum Adjustment { DEREF, BORROW, BORROW_MUT, UNSIZE }

    public Ty typeOf(TextRange exprRange) {
        var t = exprTypes.get(exprRange);
        return t == null ? Ty.ERROR : t;
    }
}
