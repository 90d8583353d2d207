package brisk.daemon;

import brisk.build.ChildJvm;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Asks the client to run a built program (its working directory and full command line: the client runs it
 * in its terminal, with its stdin) and waits for the exit status.
 */
final class ProgramRequests {
    private final DataInputStream in;
    private final DataOutputStream out;

    ProgramRequests(DataInputStream in, DataOutputStream out) {
        this.in = in;
        this.out = out;
    }

    int run(Path classes, Path workingDir, String mainClass, List<String> args) throws IOException {
        synchronized (out) {
            out.writeByte(Protocol.RUN_PROGRAM);
            out.writeUTF(workingDir.toString());
            Protocol.writeStrings(out, ChildJvm.command(classes, mainClass, args));
            out.flush();
        }
        return in.readInt();
    }
}
