package brisk.syntax;

import brisk.base.FileId;
import brisk.db.Query;
import brisk.project.ProjectInputs;

/** The parse of each file: the first derived query over a file's text. */
public final class SyntaxQueries {
    public static final Query<FileId, Parse> PARSE =
            Query.of("parse", (ctx, file) -> Parser.parseSourceFile(ctx.input(ProjectInputs.FILE_TEXT, file)));

    private SyntaxQueries() {}
}
