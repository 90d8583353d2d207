package brisk.cli;

import brisk.lsp.LspMain;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code brisk lsp}: the language server on stdin/stdout. */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = "Run the language server (LSP 3.17) on stdin/stdout, for editors.")
final class LspCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        var out = new FileOutputStream(FileDescriptor.out);
        // stdout carries the protocol: anything printed by mistake goes to stderr instead.
        System.setOut(System.err);
        return LspMain.serve(new FileInputStream(FileDescriptor.in), out);
    }
}
