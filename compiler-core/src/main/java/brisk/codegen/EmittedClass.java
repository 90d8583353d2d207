package brisk.codegen;

import brisk.diagnostics.Diagnostic;
import java.util.Arrays;
import java.util.List;

/**
 * One generated class file: its JVM internal name ({@code rs/c00/m0/$mod}) and bytes, compared by
 * content, plus errors about functions it could not hold (each replaced by a stub that throws).
 */
public record EmittedClass(String internalName, byte[] bytes, List<Diagnostic> errors) {
    public EmittedClass {
        bytes = bytes.clone();
        errors = List.copyOf(errors);
    }

    public EmittedClass(String internalName, byte[] bytes) {
        this(internalName, bytes, List.of());
    }

    /** A copy of the class file bytes. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EmittedClass other && internalName.equals(other.internalName)
                && Arrays.equals(bytes, other.bytes) && errors.equals(other.errors);
    }

    @Override
    public int hashCode() {
        return internalName.hashCode() * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "EmittedClass[" + internalName + ", " + bytes.length + " bytes, " + errors.size() + " errors]";
    }
}
