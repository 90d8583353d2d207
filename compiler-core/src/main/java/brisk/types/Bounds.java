package brisk.types;

import brisk.syntax.SyntaxNode;
import java.util.List;

/**
 * The trait bounds of a called generic fn, checked once its arguments are inferred: rustc's E0277
 * "the trait bound `T: Trait` is not satisfied". Only bounds on traits of the user's crates are
 * checked: brisk's std model does not list every std impl, so a std bound could be a false error.
 */
final class Bounds {
    private Bounds() {}

    static void check(BodyInference inf, Callable c, List<SyntaxNode> args) {
        var owner = c.fn().owner();
        var sig = inf.ctx.get(TypeQueries.FN_SIGNATURE, owner);
        var std = inf.std.get("Vec");
        for (var pred : sig.generics().predicates()) {
            if (!(pred.subject() instanceof Ty.Param p) || p.index() < sig.generics().containerCount()
                    || p.index() >= c.generics().length || std != null && pred.trait().trait().file().equals(std.file())) {
                continue;
            }
            Ty actual = inf.table.resolve(c.generics()[p.index()]);
            if (!(actual instanceof Ty.Adt || actual instanceof Ty.Prim || actual instanceof Ty.Tuple)
                    || inf.table.isUnknown(actual) || inf.implementsTrait(actual, pred.trait())) {
                continue;
            }
            int at = argumentMentioning(sig, p, args.size());
            var span = at >= 0 ? args.get(at).textRange() : null;
            if (span != null) {
                inf.error("E0277", "the trait bound `" + inf.show(actual) + ": " + pred.trait().name()
                        + "` is not satisfied", span, "unsatisfied trait bound");
            }
            return;
        }
    }

    /** The index of the first argument whose declared type mentions {@code param}, or -1. */
    private static int argumentMentioning(FnSig sig, Ty.Param param, int argCount) {
        int offset = sig.params().size() - argCount;
        for (int i = 0; i < argCount; i++) {
            if (mentions(sig.params().get(i + offset), param)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean mentions(Ty ty, Ty.Param param) {
        return switch (ty) {
            case Ty.Param p -> p.equals(param);
            case Ty.Ref r -> mentions(r.inner(), param);
            case Ty.Slice s -> mentions(s.element(), param);
            case Ty.Array a -> mentions(a.element(), param);
            case Ty.Adt a -> a.args().stream().anyMatch(t -> mentions(t, param));
            case Ty.Tuple t -> t.elements().stream().anyMatch(e -> mentions(e, param));
            default -> false;
        };
    }
}
