package brisk.project;

import java.util.List;

/**
 * A target of one package after cargo's inference: explicit {@code [lib]}/{@code [[bin]]}/{@code [[test]]}
 * entries completed with defaults, plus auto-discovered ones.
 *
 * @param name     cargo target name (may contain {@code -}; the crate name replaces it by {@code _})
 * @param rootFile         workspace-relative crate root
 * @param requiredFeatures the target is built only when all of these features are enabled
 */
record Target(TargetKind kind, String name, String rootFile, String edition, boolean harness,
        List<String> requiredFeatures) {}
