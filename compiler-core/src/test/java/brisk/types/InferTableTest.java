package brisk.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class InferTableTest {
    @Test
    void integerVariableUnifiesWithIntegersOnlyAndFallsBackToI32() {
        var t = new InferTable();
        var v = t.newVar(Ty.VarKind.INT);
        assertFalse(t.tryUnify(v, Ty.F64));
        assertFalse(t.tryUnify(v, Ty.ref(Ty.STR)));
        assertEquals(Ty.I32, t.finish(v));
        var w = t.newVar(Ty.VarKind.INT);
        assertTrue(t.unify(w, Ty.I64));
        assertEquals(Ty.I64, t.finish(w));
    }

    @Test
    void structuralUnificationBindsNestedVariablesAndRollsBack() {
        var t = new InferTable();
        var a = t.newVar(Ty.VarKind.GENERAL);
        var tuple = new Ty.Tuple(List.of(Ty.ref(a), Ty.BOOL));
        assertFalse(t.tryUnify(tuple, new Ty.Tuple(List.of(Ty.ref(Ty.I64), Ty.CHAR))));
        assertEquals(a, t.resolve(a), "a failed unification leaves no binding");
        assertTrue(t.unify(tuple, new Ty.Tuple(List.of(Ty.ref(Ty.I64), Ty.BOOL))));
        assertEquals(Ty.I64, t.resolve(a));
    }

    @Test
    void errorTypeUnifiesWithEverything() {
        var t = new InferTable();
        assertTrue(t.unify(Ty.ERROR, Ty.BOOL));
        assertTrue(t.unify(new Ty.Slice(Ty.I32), Ty.ERROR));
        var v = t.newVar(Ty.VarKind.GENERAL);
        assertTrue(t.unify(v, Ty.ERROR));
        assertFalse(t.isUnknown(Ty.I32));
        assertTrue(t.isUnknown(v));
    }

    @Test
    void occursCheckRejectsInfiniteTypes() {
        var t = new InferTable();
        var v = t.newVar(Ty.VarKind.GENERAL);
        assertFalse(t.tryUnify(v, Ty.ref(v)));
    }
}
