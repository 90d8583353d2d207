/**
 * Vocabulary shared by every phase: {@link brisk.base.FileId} and {@link brisk.base.TextRange}.
 * Depends on nothing; everything may depend on it.
 */
package brisk.base;
