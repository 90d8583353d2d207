package brisk.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * TOML 1.0 conformance of {@link TomlReader} on the constructs that matter for manifests, including the
 * table-redefinition rules. Expected outcomes were checked against Python's {@code tomllib}.
 */
class TomlReaderTest {

    /** The document rendered inline with sorted keys. */
    private static String read(String toml) {
        var result = TomlReader.read(toml);
        assertNull(result.error(), () -> "unexpected error: " + result.error());
        return TomlInline.value(result.document());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            plain pairs           | `a = 1\\nb = "x"\\n`                        | `{ a = 1, b = "x" }`
            tables and dotted     | `[p]\\nq.r = true\\n[p.s]\\nt = 1.5\\n`     | `{ p = { q = { r = true }, s = { t = 1.5 } } }`
            implicit then defined | `[a.b]\\nx = 1\\n[a]\\ny = 2\\n`            | `{ a = { b = { x = 1 }, y = 2 } }`
            sub-table of dotted   | `[f]\\napple.color = "red"\\n[f.apple.texture]\\nsmooth = true\\n` | `{ f = { apple = { color = "red", texture = { smooth = true } } } }`
            arrays of tables      | `[[bin]]\\nname = "a"\\n[[bin]]\\nname = "b"\\n[bin.x]\\n` | `{ bin = [{ name = "a" }, { name = "b", x = {} }] }`
            inline tables         | `d = { path = "../x", features = ["a", "b"], k.l = 1 }\\n` | `{ d = { features = ["a", "b"], k = { l = 1 }, path = "../x" } }`
            multi-line array      | `a = [\\n  1, # one\\n  2,\\n]\\n`          | `{ a = [1, 2] }`
            quoted keys           | `"a.b" = 1\\n'c d' = 2\\n`                 | `{ "a.b" = 1, "c d" = 2 }`
            spaces around dots    | `a . b = 1\\n[ x . y ]\\n`                 | `{ a = { b = 1 }, x = { y = {} } }`
            integers              | `a = +1\\nb = 1_000\\nc = 0xff\\nd = 0o17\\ne = 0b101\\nf = -9223372036854775808\\n` | `{ a = 1, b = 1000, c = 255, d = 15, e = 5, f = -9223372036854775808 }`
            floats                | `a = 1e3\\nb = -1.5E-1\\nc = 3.1_4\\nd = inf\\n` | `{ a = 1000.0, b = -0.15, c = 3.14, d = Infinity }`
            escapes               | `a = "t\\\\tq\\\\"u\\\\u00e9"\\n`           | `{ a = "t\\tq\\"u\u00e9" }`
            literal string        | `a = 'C:\\\\no\\\\escape'\\n`              | `{ a = "C:\\\\no\\\\escape" }`
            multi-line basic      | `a = \"\"\"\\none \\\\\\n   two\"\"\"\\n`   | `{ a = "one two" }`
            multi-line literal    | `a = '''\\nraw\\\\n'''\\n`                 | `{ a = "raw\\\\n" }`
            crlf and comments     | `# c\\r\\na = 1 # c\\r\\n`                  | `{ a = 1 }`
            date-time kept as text| `a = 1979-05-27 07:32:00Z\\n`             | `{ a = 1979-05-27 07:32:00Z }`
            """)
    void valid(String name, String toml, String expected) {
        assertEquals(expected, read(unescape(toml)), name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            table defined twice       | `[a]\\n[a]\\n`                | 2 | table `a` is defined more than once
            dotted then header        | `a.b = 1\\n[a]\\n`           | 2 | table `a` is defined more than once
            header over dotted table  | `[f]\\napple.c = 1\\n[f.apple]\\n` | 3 | table `f.apple` is defined more than once
            duplicate key             | `a = 1\\na = 2\\n`            | 2 | duplicate key `a`
            dotted key over a value   | `a = 1\\na.b = 2\\n`          | 2 | cannot extend `a`
            inline table is closed    | `a = { b = 1 }\\n[a.c]\\n`   | 2 | key `a` is not a table
            inline table dotted reuse | `a = { b = 1 }\\na.c = 2\\n` | 2 | cannot extend `a`
            static array then [[a]]   | `a = []\\n[[a]]\\n`          | 2 | not an array of tables
            unquoted string           | `a = hello\\n`               | 1 | strings need quotes
            leading zero              | `a = 01\\n`                  | 1 | strings need quotes
            double underscore         | `a = 1__0\\n`                | 1 | strings need quotes
            integer overflow          | `a = 9223372036854775808\\n` | 1 | out of range
            bad escape                | `a = "\\\\q"\\n`              | 1 | invalid escape
            escape beyond unicode     | `a = "\\\\Ua0000063"\\n`      | 1 | not a scalar value
            unterminated string       | `a = "abc\\nb = 1\\n`         | 1 | unterminated string
            two pairs on a line       | `a = 1 b = 2\\n`             | 1 | expected a newline
            trailing comma inline     | `a = { b = 1, }\\n`          | 1 | expected a key
            newline in inline table   | `a = { b = 1,\\n c = 2 }\\n`  | 1 | expected a key
            unclosed header           | `[a\\nb = 1\\n`               | 1 | expected `]`
            missing value             | `a =\\n`                     | 1 | expected a value
            lone carriage return      | `a = \"\"\"x\\ry\"\"\"\\n`    | 1 | carriage return
            """)
    void invalid(String name, String toml, int line, String message) {
        var result = TomlReader.read(unescape(toml));
        assertNotNull(result.error(), name);
        assertEquals(line, result.error().line(), name);
        assertTrue(result.error().message().contains(message), () -> name + ": " + result.error().message());
    }

    /** The CSV cells spell newlines and backslashes as {@code \n}, {@code \r}, {@code \\}. */
    private static String unescape(String s) {
        var out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(switch (n) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
