package brisk.build;

import brisk.runtime.test.TestDesc;
import brisk.runtime.test.TestHarness;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code main} of a unit-test harness program, run in the child JVM: reads the test list
 * written by {@link TestList} (first argument), then hands the tests and the remaining arguments
 * to libtest's twin, {@link TestHarness}. Only this class and the runtime are loaded from brisk.
 */
public final class TestLauncher {
    private TestLauncher() {}

    public static void main(String[] args) throws IOException, ReflectiveOperationException {
        var tests = new ArrayList<TestDesc>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (line.isEmpty()) {
                continue;
            }
            List<String> f = TestList.split(line);
            MethodHandle body = MethodHandles.publicLookup().findStatic(Class.forName(f.get(1)), f.get(2),
                    MethodType.methodType(void.class));
            TestDesc desc = TestDesc.of(f.get(0), () -> invoke(body), f.get(7));
            if (f.get(3).equals("1")) {
                desc = desc.ignored(f.get(4).isEmpty() ? null : f.get(4).substring(1));
            }
            if (f.get(5).equals("1")) {
                desc = desc.shouldPanic(f.get(6).isEmpty() ? null : f.get(6).substring(1));
            }
            tests.add(desc);
        }
        TestHarness.main(Arrays.copyOfRange(args, 1, args.length), tests);
    }

    private static void invoke(MethodHandle body) {
        try {
            body.invokeExact();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
