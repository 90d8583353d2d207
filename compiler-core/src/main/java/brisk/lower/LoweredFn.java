package brisk.lower;

import brisk.items.ItemDiagnostic;
import brisk.lower.ir.IrFunction;
import brisk.types.Ty;
import java.util.List;

/**
 * The IR of one fn instance: its function, the fn instances it calls, the ADT instances its code
 * mentions and the {@code dyn} traits it uses or coerces types to (for the program's collector),
 * or, when it uses an unsupported construct, the error saying so and no IR. {@code closures} are
 * the functions its closures (and fn-item values) were lowered to, emitted next to it.
 */
public record LoweredFn(IrFunction function, List<FnInstance> callees, List<Ty.Adt> adts, List<ItemDiagnostic> errors,
                        List<IrFunction> closures, List<DynTraits.Use> dynUses) {
    public LoweredFn {
        callees = List.copyOf(callees);
        adts = List.copyOf(adts);
        errors = List.copyOf(errors);
        closures = List.copyOf(closures);
        dynUses = List.copyOf(dynUses);
    }

    public LoweredFn(IrFunction function, List<FnInstance> callees, List<Ty.Adt> adts, List<ItemDiagnostic> errors,
                     List<IrFunction> closures) {
        this(function, callees, adts, errors, closures, List.of());
    }

    public LoweredFn(IrFunction function, List<FnInstance> callees, List<Ty.Adt> adts, List<ItemDiagnostic> errors) {
        this(function, callees, adts, errors, List.of(), List.of());
    }
}
