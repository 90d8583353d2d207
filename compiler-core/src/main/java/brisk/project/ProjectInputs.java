package brisk.project;

import brisk.base.FileId;
import brisk.db.Input;
import brisk.db.Unit;

/**
 * The database inputs that describe a workspace. The server's loader sets them; every query
 * reads the workspace only through them.
 */
public final class ProjectInputs {
    /** Text of a source file. Workspace files are LOW durability, the bundled std HIGH. */
    public static final Input<FileId, String> FILE_TEXT = Input.named("file_text");
    /** Every known source file by workspace-relative path; changes only when files appear or vanish. */
    public static final Input<Unit, SourceFiles> SOURCE_FILES = Input.named("source_files");
    /** The crates of the workspace and their dependencies (from the manifests), HIGH durability. */
    public static final Input<Unit, CrateGraph> CRATE_GRAPH = Input.named("crate_graph");

    private ProjectInputs() {}
}
