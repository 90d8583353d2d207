package brisk.project;

/** The cargo target kinds brisk compiles: a package's library, its binaries, its integration tests. */
public enum TargetKind {
    LIB,
    BIN,
    TEST
}
