package brisk.driver;

import brisk.base.TextRange;
import brisk.items.Nodes;
import brisk.syntax.SyntaxElement;
import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import brisk.syntax.SyntaxToken;

/**
 * rustc's "definition span" of an item, where "defined here" notes point: from the item's first
 * token after its attributes to the end of its header — a fn's signature without body or where
 * clause, a struct or enum's name and generics, a unit or tuple struct's whole declaration.
 */
final class DefSpans {
    private DefSpans() {}

    static TextRange of(SyntaxNode item) {
        int start = item.textRange().start();
        for (SyntaxElement e : item.childrenWithTokens()) {
            boolean skip = e instanceof SyntaxNode n ? n.kind() == SyntaxKind.ATTR
                    : ((SyntaxToken) e).kind().isTrivia();
            if (!skip) {
                start = e.textRange().start();
                break;
            }
        }
        int end = switch (item.kind()) {
            case FN -> endOfLast(item, SyntaxKind.RET_TYPE, SyntaxKind.PARAM_LIST, SyntaxKind.NAME);
            case STRUCT, UNION -> Nodes.child(item, SyntaxKind.RECORD_FIELD_LIST) != null
                    ? endOfLast(item, SyntaxKind.GENERIC_PARAM_LIST, SyntaxKind.NAME)
                    : item.textRange().end();
            case ENUM, TRAIT, MODULE, TYPE_ALIAS -> endOfLast(item, SyntaxKind.GENERIC_PARAM_LIST, SyntaxKind.NAME);
            default -> item.textRange().end();
        };
        return new TextRange(start, Math.max(start, end));
    }

    /** The end of the first of {@code kinds} (in preference order) present in {@code item}. */
    private static int endOfLast(SyntaxNode item, SyntaxKind... kinds) {
        for (var kind : kinds) {
            var child = Nodes.child(item, kind);
            if (child != null) {
                return child.textRange().end();
            }
        }
        return item.textRange().end();
    }
}
