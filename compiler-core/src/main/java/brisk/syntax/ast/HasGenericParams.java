package brisk.syntax.ast;

/** A node with generic parameters and a where clause. */
public interface HasGenericParams extends AstNode {
    default GenericParamList genericParamList() {
        return AstChildren.child(syntax(), GenericParamList::cast);
    }

    default WhereClause whereClause() {
        return AstChildren.child(syntax(), WhereClause::cast);
    }
}
