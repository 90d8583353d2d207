package brisk.lower.ir;

import java.util.List;

/** What a binary's JVM {@code main(String[])} runs: Rust {@code main}, or the tests of {@code cargo test}. */
public sealed interface IrEntry {

    /** The module whose class gets the JVM {@code main}. */
    IrPath module();

    /** {@code fn main()} of a binary crate, run through the runtime's entry wrapper. */
    record Main(FnRef main, String binaryName) implements IrEntry {
        public Main {
            if (!main.sig().params().isEmpty() || !main.sig().result().isVoid()) {
                throw new IllegalArgumentException("entry must be fn() -> (): " + main);
            }
        }

        @Override
        public IrPath module() {
            return main.module();
        }
    }

    /** A test binary: the runtime's libtest harness over {@code tests}; the JVM main goes in {@code module}. */
    record Tests(IrPath module, List<IrTest> tests) implements IrEntry {
        public Tests {
            tests = List.copyOf(tests);
        }
    }
}
