package brisk.syntax;

import static brisk.syntax.SyntaxKind.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {
    private static List<String> lex(String text) {
        LexedText lexed = LexedText.lex(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lexed.count(); i++) {
            if (lexed.kind(i) != WHITESPACE) {
                out.add(lexed.kind(i) + " " + lexed.text(i));
            }
        }
        return out;
    }

    @Test
    void numbers() {
        assertEquals(List.of("INT_NUMBER 1_000u32", "INT_NUMBER 0xFF_u8", "INT_NUMBER 0o17", "INT_NUMBER 0b1010"),
                lex("1_000u32 0xFF_u8 0o17 0b1010"));
        assertEquals(List.of("FLOAT_NUMBER 1.5", "FLOAT_NUMBER 1e10", "FLOAT_NUMBER 2.5E-3f64", "FLOAT_NUMBER 1.",
                "FLOAT_NUMBER 3f32"), lex("1.5 1e10 2.5E-3f64 1. 3f32"));
        assertEquals(List.of("INT_NUMBER 1", "DOT .", "DOT .", "INT_NUMBER 2"), lex("1..2"));
        assertEquals(List.of("INT_NUMBER 1", "DOT .", "IDENT max"), lex("1.max"));
    }

    @Test
    void tupleIndexAfterDotIsNotAFloat() {
        assertEquals(List.of("IDENT t", "DOT .", "INT_NUMBER 0", "DOT .", "INT_NUMBER 1"), lex("t.0.1"));
        assertEquals(List.of("DOT .", "DOT .", "FLOAT_NUMBER 1.5"), lex("..1.5"));
    }

    @Test
    void charsAndLifetimes() {
        assertEquals(List.of("CHAR 'a'", "LIFETIME_IDENT 'a", "CHAR '\\''", "CHAR '\\u{1F600}'", "BYTE b'x'",
                "LIFETIME_IDENT 'static", "CHAR 'é'"), lex("'a' 'a '\\'' '\\u{1F600}' b'x' 'static 'é'"));
    }

    @Test
    void strings() {
        assertEquals(List.of("STRING \"a\\\"b\"", "STRING r#\"x\"y\"#", "BYTE_STRING b\"z\"", "BYTE_STRING br\"w\"",
                "C_STRING c\"c\"", "STRING r\"raw\""), lex("\"a\\\"b\" r#\"x\"y\"# b\"z\" br\"w\" c\"c\" r\"raw\""));
    }

    @Test
    void identsKeywordsAndRawIdents() {
        assertEquals(List.of("FN_KW fn", "IDENT r#fn", "IDENT union", "UNDERSCORE _", "IDENT _x", "IDENT größe",
                "SELF_TYPE_KW Self"), lex("fn r#fn union _ _x größe Self"));
    }

    @Test
    void commentsNestAndDocCommentsAreComments() {
        assertEquals(List.of("COMMENT /* a /* b */ c */", "COMMENT /// doc", "IDENT x"),
                lex("/* a /* b */ c */ /// doc\nx"));
    }

    @Test
    void punctuationIsSingleCharacter() {
        assertEquals(List.of("COLON :", "COLON :", "GT >", "GT >", "EQ =", "DOT .", "DOT .", "EQ ="), lex("::>>=..="));
    }

    @Test
    void byteOffsetsCountUtf8Bytes() {
        LexedText lexed = LexedText.lex("\"é\" x");
        assertEquals(0, lexed.start(0));
        assertEquals(4, lexed.end(0)); // quote + 2 bytes + quote
        assertEquals(5, lexed.start(2));
    }

    @Test
    void errorsAreTokensNotExceptions() {
        LexedText lexed = LexedText.lex("a € \"open");
        assertEquals(ERROR_TOKEN, lexed.kind(2));
        assertEquals(2, lexed.errors().size());
        assertEquals("unknown start of token: \\u{20ac}", lexed.errors().get(0).message());
        assertTrue(lexed.errors().get(1).message().contains("unterminated double quote string"));
    }

    @Test
    void shebang() {
        assertEquals(List.of("SHEBANG #!/usr/bin/env run", "FN_KW fn"), lex("#!/usr/bin/env run\nfn"));
        assertEquals(List.of("POUND #", "BANG !", "L_BRACK [", "IDENT a", "R_BRACK ]"), lex("#![a]"));
    }

    @Test
    void byteOrderMarkAndUnicodeWhitespaceAreTrivia() {
        LexedText lexed = LexedText.lex("\uFEFFfn\u2028x");
        assertEquals(WHITESPACE, lexed.kind(0));
        assertEquals(3, lexed.end(0));
        assertEquals(FN_KW, lexed.kind(1));
        assertEquals(WHITESPACE, lexed.kind(2));
        assertTrue(lexed.errors().isEmpty());
        assertEquals(List.of("SHEBANG #!x"), lex("\uFEFF#!x"));
    }

    @Test
    void tokensNeverSplitACharacter() {
        for (String text : List.of("b'\\é", "'\\中", "'\\x0123456789abcdef€", "b'\\🎉'")) {
            LexedText lexed = LexedText.lex(text);
            StringBuilder joined = new StringBuilder();
            for (int i = 0; i < lexed.count(); i++) {
                joined.append(lexed.text(i));
            }
            assertEquals(text, joined.toString());
        }
    }
}
