package brisk.lower.ir;

import java.util.List;

/** How a basic block ends; targets are indexes into {@link IrFunction#blocks()}. */
public sealed interface IrTerminator {

    record Goto(int target) implements IrTerminator {}

    /** Goes to {@code ifTrue} when the bool {@code condition} holds, else to {@code ifFalse}. */
    record Branch(IrExpr condition, int ifTrue, int ifFalse) implements IrTerminator {
        public Branch {
            if (!condition.type().equals(IrType.BOOL)) {
                throw new IllegalArgumentException("branch on " + condition.type());
            }
        }
    }

    /** One arm of a {@link Switch}: {@code value} in the JVM representation of the scrutinee. */
    record SwitchCase(long value, int target) {}

    /**
     * Multi-way branch on an integer, char or bool {@code value} (an enum {@link IrExpr.Tag} for
     * {@code match}); case values are distinct.
     */
    record Switch(IrExpr value, List<SwitchCase> cases, int otherwise) implements IrTerminator {
        public Switch {
            cases = List.copyOf(cases);
            IrType t = value.type();
            if (!(t instanceof IrType.Int || t instanceof IrType.Char || t instanceof IrType.Bool)) {
                throw new IllegalArgumentException("switch on " + t);
            }
            if (cases.stream().map(SwitchCase::value).distinct().count() != cases.size()) {
                throw new IllegalArgumentException("duplicate switch case in " + cases);
            }
        }
    }

    /** Returns {@code value} (a {@link IrExpr.UnitConst} in a unit function). */
    record Return(IrExpr value) implements IrTerminator {}

    /**
     * A block lower proved unreachable (e.g. the otherwise arm of an exhaustive tag switch);
     * reaching it is a compiler bug and throws {@link AssertionError}.
     */
    record Unreachable() implements IrTerminator {}

    /**
     * Ends a cleanup block: the panic that entered cleanup (through an {@link IrBlock#unwind()}
     * edge) continues unwinding. Only cleanup blocks, reached from an unwind edge, may resume.
     */
    record Resume() implements IrTerminator {}

    /** Rust panic: {@code message} (a Java string) reported at {@code location}. */
    record Panic(IrExpr message, String location) implements IrTerminator {
        public Panic {
            if (!message.type().equals(IrType.JAVA_STRING)) {
                throw new IllegalArgumentException("panic message of type " + message.type());
            }
        }
    }
}
