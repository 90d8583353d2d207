package brisk.diagnostics;

import java.util.List;

/** The {@code target} object of cargo's JSON messages, field for field. */
public record CargoTarget(
        List<String> kind,
        List<String> crateTypes,
        String name,
        String srcPath,
        String edition,
        boolean doc,
        boolean doctest,
        boolean test) {

    public CargoTarget {
        kind = List.copyOf(kind);
        crateTypes = List.copyOf(crateTypes);
    }
}
