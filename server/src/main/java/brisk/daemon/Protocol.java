package brisk.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The client–daemon wire format over a loopback socket. Request: {@link #MAGIC}, token, brisk build,
 * client's working directory, whether its stdout is a terminal, the arguments. Then the daemon sends
 * frames: output for the client's stdout or stderr, a program for the client to run (working directory and
 * command line; the client answers with its exit status), and finally the command's exit status, or a
 * refusal (another brisk build). Strings are Java's {@code writeUTF}, ints big-endian: the launcher's
 * Python client ({@code tools/daemon-client.py}) speaks it too.
 */
final class Protocol {
    static final String MAGIC = "brisk-daemon-1";
    static final byte STDOUT = 1;
    static final byte STDERR = 2;
    static final byte RUN_PROGRAM = 3;
    static final byte EXIT = 4;
    static final byte REFUSED = 5;
    /** The arguments of the request that stops a daemon. */
    static final String STOP = "--stop-daemon";

    private Protocol() {}

    static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            out.writeUTF(s);
        }
    }

    static List<String> readStrings(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 100_000) {
            throw new IOException("bad argument count " + n);
        }
        var strings = new ArrayList<String>(n);
        for (int i = 0; i < n; i++) {
            strings.add(in.readUTF());
        }
        return strings;
    }
}
