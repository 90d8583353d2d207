#!/usr/bin/env bash
# Verifies that the `//~ ERROR CODE` annotations of fixtures/typeck/*.rs are exactly the error
# codes and lines rustc reports (rustc is the oracle). Exits non-zero on any mismatch.
set -euo pipefail
dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/fixtures/typeck"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
status=0
for f in "$dir"/*.rs; do
  expected="$(python3 - "$f" <<'PY'
import sys
lines = open(sys.argv[1]).read().split("\n")
out = []
prev = -1
for i, l in enumerate(lines):
    at = l.find("//~")
    if at < 0:
        continue
    rest = l[at + 3:]
    line = i + 1
    if rest.startswith("|"):
        line = prev
        rest = rest[1:]
    else:
        while rest.startswith("^"):
            line -= 1
            rest = rest[1:]
    parts = rest.split()
    if parts and parts[0] == "ERROR":
        out.append(f"{line}: {parts[1] if len(parts) > 1 else ''}")
    prev = line
print("\n".join(sorted(out)))
PY
)"
  actual="$( (rustc --edition 2021 --error-format=json --emit=metadata --crate-type bin -o "$out/x.rmeta" "$f" 2>&1 >/dev/null || true) | python3 -c '
import json, sys
out = []
for line in sys.stdin:
    try:
        d = json.loads(line)
    except ValueError:
        continue
    if d.get("level") != "error" or not d.get("code"):
        continue
    spans = [s for s in d["spans"] if s["is_primary"]]
    if spans:
        out.append(str(spans[0]["line_start"]) + ": " + d["code"]["code"])
print("\n".join(sorted(out)))
')"
  if [ "$expected" != "$actual" ]; then
    echo "MISMATCH $(basename "$f"):"; echo " annotated: $expected" | tr '\n' ' '; echo; echo " rustc:     $actual" | tr '\n' ' '; echo
    status=1
  fi
done
exit $status
