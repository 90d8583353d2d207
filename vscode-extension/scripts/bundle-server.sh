#!/usr/bin/env bash
# Copies the brisk server into server/ so the .vsix runs it without a brisk checkout:
#   server/lib/brisk-server.jar   the server's classes (server/target/classes), jarred here
#   server/lib/*.jar              its classpath (brisk-classpath.txt): compiler-core, runtime, dependencies
#   server/classpath.txt          those jars in classpath order, relative to server/
# The extension starts it as `java -cp <jars> brisk.cli.Main lsp` on a JDK 25.
# BRISK_ROOT picks the brisk checkout to bundle (default: this repository).
set -euo pipefail
ext="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
root="$(cd "${BRISK_ROOT:-$ext/..}" && pwd)"

# The launcher rebuilds brisk when its sources changed since the last build.
"$root/brisk" --version >/dev/null
. "$root/tools/find-jdk.sh"

classes="$root/server/target/classes"
classpath_file="$root/server/target/brisk-classpath.txt"
[ -d "$classes" ] && [ -f "$classpath_file" ] || { echo "bundle-server: no build output under $root/server/target" >&2; exit 1; }

out="$ext/server"
rm -rf "$out"
mkdir -p "$out/lib"
"$JAVA_HOME/bin/jar" --create --file "$out/lib/brisk-server.jar" -C "$classes" .
echo "lib/brisk-server.jar" >"$out/classpath.txt"
mapfile -t jars < <(tr ':' '\n' <"$classpath_file")
for jar in "${jars[@]}"; do
  [ -n "$jar" ] || continue
  name="$(basename "$jar")"
  [ ! -e "$out/lib/$name" ] || { echo "bundle-server: two classpath jars named $name" >&2; exit 1; }
  cp "$jar" "$out/lib/$name"
  echo "lib/$name" >>"$out/classpath.txt"
done
echo "bundle-server: $(wc -l <"$out/classpath.txt") jars from $root in $out ($(du -sh "$out" | cut -f1))"
