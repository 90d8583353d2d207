#!/usr/bin/env bash
# Blesses test-fixtures/fixtures/run/NAME.rs: builds each program exactly as `cargo build` (dev
# profile) does from a temporary package whose src/main.rs is the fixture, runs the binary, and
# writes NAME.stdout, NAME.stderr (the program's own stderr, never cargo's) and NAME.exitcode.
#
# usage: bless-run.sh [--check] [NAME ...]
#   --check  compare with the committed expectation files instead of writing them; exit 1 on a difference
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

check=0
if [ "${1:-}" = "--check" ]; then check=1; shift; fi

dir="$FIXTURES_DIR/run"
work="$(mktemp -d "${TMPDIR:-/tmp}/bless-run.XXXXXX")"
trap 'rm -rf "$work"' EXIT

count=0
failed=0
for name in $(select_fixtures "$dir" "$@"); do
  pkg="$work/$name"
  mkdir -p "$pkg/src" "$pkg/out"
  write_manifest "$pkg"
  cp "$dir/$name.rs" "$pkg/src/main.rs"
  if ! (cd "$pkg" && cargo build --offline -q >"$pkg/build.log" 2>&1); then
    echo "FAIL $name: does not compile" >&2
    sed 's/^/    /' "$pkg/build.log" >&2
    failed=$((failed + 1))
    continue
  fi
  set +e
  (cd "$pkg" && timeout 20 ./target/debug/fixture </dev/null >"$pkg/raw.stdout" 2>"$pkg/raw.stderr")
  code=$?
  set -e
  if [ "$code" -eq 124 ]; then
    echo "FAIL $name: timed out" >&2
    failed=$((failed + 1))
    continue
  fi
  normalise <"$pkg/raw.stdout" >"$pkg/out/$name.stdout"
  normalise <"$pkg/raw.stderr" >"$pkg/out/$name.stderr"
  echo "$code" >"$pkg/out/$name.exitcode"
  for ext in stdout stderr exitcode; do
    if [ "$check" -eq 1 ]; then
      if ! diff -u "$dir/$name.$ext" "$pkg/out/$name.$ext" >&2; then
        echo "DIFF $name.$ext" >&2
        failed=$((failed + 1))
      fi
    else
      cp "$pkg/out/$name.$ext" "$dir/$name.$ext"
    fi
  done
  rm -rf "$pkg/target"
  count=$((count + 1))
done

if [ "$check" -eq 1 ]; then
  echo "$count fixtures checked, $failed problems"
else
  echo "$count fixtures blessed, $failed failed"
fi
[ "$failed" -eq 0 ]
