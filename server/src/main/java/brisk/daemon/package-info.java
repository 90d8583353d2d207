/**
 * The daemon: a long-lived process per workspace that answers {@code brisk check/build/run/test} from a
 * warm query database and a warm JIT, so a command from a fresh process costs a loopback round trip plus
 * the work its edits need. {@link brisk.daemon.DaemonClient} (used by {@code brisk.cli.Main} when the
 * launcher sets {@code -Dbrisk.daemon=auto}) finds the daemon through
 * {@code <root>/target/brisk/daemon.properties} (port, secret token, pid, brisk build), forwards the command
 * line and copies output back; built programs run in the client, with its terminal and stdin. Without a
 * daemon the command runs in its own process, which then starts one ({@code setsid}, no inherited streams).
 *
 * <p>Invariants: output is byte-identical to a one-shot run (same commands, run against a
 * {@link brisk.host.CommandContext} whose database is kept); a daemon serves one request at a time, only
 * clients presenting its token and its exact brisk build (another build makes it exit), and exits when idle,
 * when its file is deleted or taken over, or on {@code brisk daemon --stop}. Ten quiet seconds after a request it saves
 * the database to the cache file, so one-shot commands stay warm too. Start reading at
 * {@link brisk.daemon.DaemonServer}.
 */
package brisk.daemon;
