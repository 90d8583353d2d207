/**
 * Typed AST: thin record wrappers over {@link brisk.syntax.SyntaxNode}s.
 *
 * <p>Each wrapper ({@link brisk.syntax.ast.Fn}, {@link brisk.syntax.ast.Struct}, ...) is a record of
 * its {@code syntax()} node with a static {@code cast(SyntaxNode)} returning null for other kinds.
 * The sealed interfaces {@link brisk.syntax.ast.Item}, {@link brisk.syntax.ast.Stmt},
 * {@link brisk.syntax.ast.Expr}, {@link brisk.syntax.ast.Pat}, {@link brisk.syntax.ast.Type},
 * {@link brisk.syntax.ast.GenericParam}, {@link brisk.syntax.ast.GenericArg} and
 * {@link brisk.syntax.ast.FieldList} have a {@code cast} that picks the right wrapper, so callers
 * can {@code switch} exhaustively over them. Shared accessors live in {@link brisk.syntax.ast.HasName},
 * {@link brisk.syntax.ast.HasVisibility}, {@link brisk.syntax.ast.HasAttrs} and
 * {@link brisk.syntax.ast.HasGenericParams}.
 *
 * <p>{@link brisk.syntax.ast.LiteralValue} decodes literal tokens (integer values and suffixes,
 * float digits, unescaped chars/strings/byte strings/C strings) without throwing.
 *
 * <p><b>Invariant:</b> the AST is tolerant of broken code. Accessors never throw; a missing part is
 * null (single child) or an empty list. Start at {@link brisk.syntax.ast.SourceFile#items()}.
 */
package brisk.syntax.ast;
