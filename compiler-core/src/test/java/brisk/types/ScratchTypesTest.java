package brisk.types;

import org.junit.jupiter.api.Test;

class ScratchTypesTest {
    @Test
    void dump() throws Exception {
        String src = java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("scratch.file")));
        String fn = System.getProperty("scratch.fn");
        InferenceFixture.types(src, fn).forEach((k, v) -> {
            if (k.length() < 70 && !k.contains("\n")) {
                System.out.println(String.format("%-70s : %s", k, v));
            }
        });
        System.out.println(InferenceFixture.errors(src));
    }
}
