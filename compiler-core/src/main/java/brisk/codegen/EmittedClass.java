package brisk.codegen;

import java.util.Arrays;

/** One generated class file: its JVM internal name ({@code rs/c00/m0/$mod}) and bytes, compared by content. */
public record EmittedClass(String internalName, byte[] bytes) {
    public EmittedClass {
        bytes = bytes.clone();
    }

    /** A copy of the class file bytes. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EmittedClass other && internalName.equals(other.internalName)
                && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return internalName.hashCode() * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "EmittedClass[" + internalName + ", " + bytes.length + " bytes]";
    }
}
