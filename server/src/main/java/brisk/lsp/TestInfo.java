package brisk.lsp;

import com.google.gson.annotations.SerializedName;
import org.eclipse.lsp4j.Range;

/**
 * One entry of {@code brisk/listTests}.
 *
 * @param range       the whole fn item
 * @param testPath    libtest's name of the test within its target ({@code tests::adds_two})
 * @param name        the fn's name
 * @param packageName the cargo package (JSON {@code package})
 * @param target      the cargo target (crate) whose harness runs it
 */
public record TestInfo(String uri, Range range, String testPath, String name,
                       @SerializedName("package") String packageName, String target) {}
