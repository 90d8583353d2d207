#!/usr/bin/env python3
"""The brisk launcher's fast client: sends a check/build/run/test command line to the workspace's daemon
without starting a JVM (the Java client in brisk.daemon.DaemonClient does the same from inside one).

usage: daemon-client.py SERVER_JAR CLASSPATH_FILE ARGS...
The jars' modification times make the build stamp brisk.cli.Version#build ends with; a daemon of another
build is not used. Exits with the command's status, or 254 when no daemon took the
command (none running, another build, a stale file): the launcher then runs the command in a JVM, which
starts a daemon. The wire format is brisk.daemon.Protocol's (Java writeUTF strings, big-endian ints).
"""
import os
import socket
import struct
import subprocess
import sys

NO_DAEMON = 254
SERVED = {"check", "build", "run", "test"}
WITH_VALUE = {"-p", "--package", "--bin", "-j", "--jobs", "--message-format", "--color"}
STDOUT, STDERR, RUN_PROGRAM, EXIT, REFUSED = 1, 2, 3, 4, 5


def start_path(cwd, args):
    """The path the command names (its first positional argument), else the working directory."""
    i = 1
    while i < len(args):
        arg = args[i]
        if arg == "--":
            break
        if arg in WITH_VALUE:
            i += 1
        elif not arg.startswith("-"):
            return os.path.normpath(os.path.join(cwd, arg))
        i += 1
    return cwd


def daemon_file(start):
    directory = os.path.dirname(start) if os.path.isfile(start) else start
    while True:
        candidate = os.path.join(directory, "target", "brisk", "daemon.properties")
        if os.path.isfile(candidate):
            return candidate
        parent = os.path.dirname(directory)
        if parent == directory:
            return None
        directory = parent


def read_properties(path):
    props = {}
    for line in open(path, encoding="utf-8"):
        if "=" in line and not line.startswith("#"):
            key, value = line.rstrip("\n").split("=", 1)
            props[key.strip()] = value.strip()
    return props


def utf(text):
    data = text.encode("utf-8")
    return struct.pack(">H", len(data)) + data


def strings(items):
    return struct.pack(">i", len(items)) + b"".join(utf(s) for s in items)


class Reader:
    def __init__(self, sock):
        self.file = sock.makefile("rb")

    def exactly(self, n):
        data = self.file.read(n)
        if data is None or len(data) < n:
            raise EOFError
        return data

    def byte(self):
        return self.exactly(1)[0]

    def int(self):
        return struct.unpack(">i", self.exactly(4))[0]

    def utf(self):
        return self.exactly(struct.unpack(">H", self.exactly(2))[0]).decode("utf-8")

    def strings(self):
        return [self.utf() for _ in range(self.int())]


def build_stamp(server_jar, classpath_file):
    """"+<compiler-core jar mtime ms>+<server jar mtime ms>", as brisk.cli.Version#build computes it."""
    entries = open(classpath_file, encoding="utf-8").read().strip().split(os.pathsep)
    core = next(e for e in entries if os.path.basename(e).startswith("brisk-compiler-core"))
    millis = lambda p: os.stat(p).st_mtime_ns // 1_000_000
    return f"+{millis(core)}+{millis(server_jar)}"


def main():
    args = sys.argv[3:]
    try:
        stamp = build_stamp(sys.argv[1], sys.argv[2])
    except (OSError, StopIteration):
        return NO_DAEMON
    # Java's modified UTF-8 differs from UTF-8 only for NUL and characters beyond the BMP: leave those to Java.
    if not args or args[0] not in SERVED or any("\0" in a or any(ord(c) > 0xFFFF for c in a) for a in args) \
            or any(a in ("-h", "--help", "-V", "--version") for a in args):
        return NO_DAEMON
    cwd = os.getcwd()
    path = daemon_file(start_path(cwd, args))
    if path is None:
        return NO_DAEMON
    try:
        props = read_properties(path)
        version = props["version"]
        if not version.endswith(stamp):
            return NO_DAEMON  # Another build's daemon: the JVM client makes it stop.
        sock = socket.create_connection(("127.0.0.1", int(props["port"])), timeout=0.5)
    except (OSError, KeyError, ValueError):
        return NO_DAEMON
    sock.settimeout(None)
    terminal = sys.stdout.isatty()
    sock.sendall(utf("brisk-daemon-1") + utf(props["token"]) + utf(version) + utf(cwd)
                 + bytes([1 if terminal else 0]) + strings(args))
    reader = Reader(sock)
    printed = False
    out, err = sys.stdout.buffer, sys.stderr.buffer
    try:
        while True:
            kind = reader.byte()
            if kind in (STDOUT, STDERR):
                stream = out if kind == STDOUT else err
                stream.write(reader.exactly(reader.int()))
                stream.flush()
                printed = True
            elif kind == RUN_PROGRAM:
                working_dir = reader.utf()
                command = reader.strings()
                out.flush()
                err.flush()
                status = subprocess.call(command, cwd=working_dir)
                sock.sendall(struct.pack(">i", status & 0xFF if status >= 0 else 128 - status))
                printed = True
            elif kind == EXIT:
                return reader.int()
            elif kind == REFUSED:
                return NO_DAEMON
            else:
                raise EOFError
    except (EOFError, OSError):
        if printed:
            err.write(b"error: the brisk daemon stopped in the middle of the command\n")
            return 101
        return NO_DAEMON


if __name__ == "__main__":
    sys.exit(main())
