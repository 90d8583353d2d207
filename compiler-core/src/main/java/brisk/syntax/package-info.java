/**
 * Lexer, lossless concrete syntax tree, and error-tolerant parser for Rust 2021.
 *
 * <p><b>Start reading at</b> {@link brisk.syntax.Parser}: {@code parseSourceFile(text)} and
 * {@code parseBlockExpr(text)} return a {@link brisk.syntax.Parse} (green root + errors); {@code
 * Parse.tree()} gives the red {@link brisk.syntax.SyntaxNode} root, and {@link brisk.syntax.ast}
 * gives typed views over it.
 *
 * <p><b>Pipeline.</b> {@code Lexer} (hand-written, over the UTF-8 bytes) produces a
 * {@code LexedText}: token kinds and byte offsets in int arrays. Punctuation is lexed one character
 * at a time. {@code ParserState} is a cursor over the non-trivia tokens that glues compound
 * punctuation ({@code ::}, {@code ->}, {@code >>=}, ...) on demand from adjacent tokens — so
 * {@code Vec<Vec<i32>>} needs no token splitting — and records an event stream (start node, finish
 * node, token). The grammar ({@code Grammar}, {@code Items}, {@code Exprs}, {@code Patterns},
 * {@code Types}, {@code Paths}, {@code Generics}) is recursive descent with a Pratt loop for binary
 * operators; {@code TreeBuilder} replays the events into a green tree and re-inserts trivia
 * ({@code TokenInterner} shares equal tokens). {@code DelimiterCheck} balances brackets the way
 * rustc's lexer does: when they are unbalanced, its errors replace the parser's (as in rustc).
 *
 * <p><b>Other entry points.</b> {@link brisk.syntax.SyntaxNodePtr} is a tree-free (kind, range)
 * handle for storing node references in query results; {@link brisk.syntax.LexedText#lex} exposes
 * the raw token stream.
 *
 * <p><b>Invariants.</b>
 * <ul>
 *   <li>Lossless: for every input string, {@code Parse.tree().text()} equals the input, every byte
 *       lives in exactly one token, and parsing never throws (strings containing unpaired UTF-16
 *       surrogates are the one exception to exactness: they are not valid Unicode and are encoded
 *       as {@code ?}).</li>
 *   <li>Offsets are UTF-8 byte offsets ({@link brisk.base.TextRange}), as in rustc spans. Tokens
 *       never split a code point, so each token's text is a valid string.</li>
 *   <li>Green nodes ({@link brisk.syntax.GreenNode}, {@link brisk.syntax.GreenToken}) are
 *       immutable, position-independent, and compare structurally; red nodes are created on demand
 *       and carry parent and absolute offset.</li>
 *   <li>Errors are values ({@link brisk.syntax.SyntaxError}) worded like rustc; unexpected tokens
 *       are wrapped in {@code ERROR} nodes and parsing continues with the rest of the file.</li>
 *   <li>Termination: every grammar loop consumes a token or exits; in addition the cursor has a
 *       fuel counter that turns into EOF if the grammar stops making progress.</li>
 * </ul>
 *
 * <p><b>Tree shape</b> follows rust-analyzer: e.g. {@code PATH(PATH(a) :: PATH_SEGMENT(b))},
 * tail expressions are direct children of {@code STMT_LIST}, macro bodies are {@code TOKEN_TREE}s
 * of single-character tokens, and doc comments directly above an item are inside the item node.
 * Contextual keywords ({@code union}, {@code macro_rules}, {@code auto}, {@code default},
 * {@code raw}) stay {@code IDENT} tokens.
 */
package brisk.syntax;
