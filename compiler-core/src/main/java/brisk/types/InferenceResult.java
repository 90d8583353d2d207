package brisk.types;

import brisk.base.TextRange;
import brisk.db.BinaryReader;
import brisk.db.BinaryWriter;
import brisk.db.Codec;
import brisk.db.Codecs;
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

    /** The persisted form, so building after a check in another process infers nothing again. */
    public static Codec<InferenceResult> codec() {
        Codec<Ty> ty = Codecs.of(Ty.class);
        Codec<RangeMap<Ty>> types = RangeMap.codec(ty);
        Codec<RangeMap<Callee>> callees = RangeMap.codec(Codecs.of(Callee.class));
        Codec<RangeMap<List<Adjustment>>> adjustments = RangeMap.codec(Codecs.listOf(Codecs.of(Adjustment.class)));
        Codec<List<ItemDiagnostic>> diagnostics = Codecs.listOf(Codecs.of(ItemDiagnostic.class));
        return new Codec<>() {
            @Override
            public void write(BinaryWriter out, InferenceResult r) {
                types.write(out, r.exprTypes());
                types.write(out, r.bindingTypes());
                callees.write(out, r.callees());
                adjustments.write(out, r.adjustments());
                diagnostics.write(out, r.diagnostics());
            }

            @Override
            public InferenceResult read(BinaryReader in) {
                return new InferenceResult(types.read(in), types.read(in), callees.read(in), adjustments.read(in),
                        diagnostics.read(in));
            }

            @Override
            public String describe() {
                return "InferenceResult(" + types.describe() + "," + callees.describe() + ","
                        + adjustments.describe() + "," + diagnostics.describe() + ")";
            }
        };
    }

    public Ty typeOf(TextRange exprRange) {
        var t = exprTypes.get(exprRange);
        return t == null ? Ty.ERROR : t;
    }
}
