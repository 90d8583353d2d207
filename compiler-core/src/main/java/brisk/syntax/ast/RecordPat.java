package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code S { a, b: c, .. }} */
public record RecordPat(SyntaxNode syntax) implements Pat {
    public static RecordPat cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.RECORD_PAT ? new RecordPat(node) : null;
    }

    public Path path() {
        return AstChildren.child(syntax, Path::cast);
    }

    public RecordPatFieldList fieldList() {
        return AstChildren.child(syntax, RecordPatFieldList::cast);
    }
}
