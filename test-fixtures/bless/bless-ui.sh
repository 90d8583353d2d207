#!/usr/bin/env bash
# Blesses test-fixtures/fixtures/ui/NAME.rs (lints and errors brisk checks without types), rustc UI-test style.
#  1. Oracle check: compiles the file with rustc (JSON diagnostics) and checks that its `//~ ERROR`
#     and `//~ WARN` annotations are exactly rustc's errors and warnings: same level and primary
#     line, and an expectation text that is either the code (E0384, or a lint name such as
#     unused_variables) or a substring of the message; every diagnostic annotated, every
#     annotation matched. A mismatch is reported and makes the script exit 1 (the file is still blessed).
#  2. Writes NAME.stderr: rustc's human-readable output, paths shown as the bare file name `NAME.rs`.
#
# Every file is compiled from inside the fixture directory as:
#   rustc --edition 2021 --crate-type lib --crate-name fixture --emit=metadata \
#         --diagnostic-width=140 --color=never NAME.rs
# (files named bin_*.rs with --crate-type bin: dead code is then judged from main)
#
# usage: bless-ui.sh [--check] [NAME ...]
#   --check  only run the oracle check and compare NAME.stderr with the committed file; write nothing
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

check=0
if [ "${1:-}" = "--check" ]; then check=1; shift; fi

dir="$FIXTURES_DIR/ui"
work="$(mktemp -d "${TMPDIR:-/tmp}/bless-ui.XXXXXX")"
trap 'rm -rf "$work"' EXIT

rustc_fixture() { # NAME ERROR_FORMAT -> rustc's stderr on stdout
  local crate_type=lib
  case "$1" in bin_*) crate_type=bin ;; esac
  (cd "$dir" && rustc --edition 2021 --crate-type "$crate_type" --crate-name fixture --emit=metadata \
      --out-dir "$work/out" --diagnostic-width=140 --color=never --error-format="$2" "$1.rs" 2>&1 >/dev/null) || true
}

# Annotations of file $1 as "LINE<TAB>KIND<TAB>TEXT", ERROR and WARN kinds.
#   //~ ERROR t    the error is on this line
#   //~^ ERROR t   one line up per caret (//~^^ two lines up, ...)
#   //~| ERROR t   same line as the previous annotation's target
expected_errors() {
  awk '
    {
      line = $0
      pos = index(line, "//~")
      if (pos == 0) next
      rest = substr(line, pos + 3)
      target = NR
      if (substr(rest, 1, 1) == "|") {
        target = last; rest = substr(rest, 2)
      } else {
        while (substr(rest, 1, 1) == "^") { target--; rest = substr(rest, 2) }
      }
      last = target
      sub(/^[ \t]+/, "", rest)
      kind = rest; sub(/[ \t].*$/, "", kind)
      if (kind != "ERROR" && kind != "WARN") next
      text = substr(rest, length(kind) + 1); sub(/^[ \t]+/, "", text); sub(/[ \t]+$/, "", text)
      printf "%d\t%s\t%s\n", target, kind, text
    }' "$1"
}

# rustc's errors and warnings (with a primary span) as "LINE<TAB>KIND<TAB>CODE<TAB>MESSAGE"; CODE may be empty.
actual_errors() {
  jq -r --arg file "$2" '
    select(.level == "error" or .level == "warning" or .level == "error: internal compiler error")
    | ([.spans[] | select(.is_primary)][0]) as $p
    | select($p != null)
    | "\(if $p.file_name == $file then $p.line_start else "0" end)\t\(if .level == "warning" then "WARN" else "ERROR" end)\t\(.code.code // "")\t\(.message | gsub("[\t\n]"; " "))"' "$1"
}

# Matches expectations (file $1) against actual errors (file $2); prints one line per mismatch.
match_errors() {
  awk -F '\t' '
    FILENAME == ARGV[1] { eline[++ne] = $1; ekind[ne] = $2; etext[ne] = $3; next }
    { aline[++na] = $1; akind[na] = $2; acode[na] = $3; amsg[na] = $4 }
    END {
      for (i = 1; i <= ne; i++) {
        found = 0
        for (j = 1; j <= na; j++) {
          if (used[j] || aline[j] != eline[i] || akind[j] != ekind[i]) continue
          if (etext[i] == "" || etext[i] == acode[j] || index(amsg[j], etext[i]) > 0) {
            used[j] = 1; found = 1; break
          }
        }
        if (!found) printf "  line %d: expected %s %s, rustc reports no such diagnostic there\n", eline[i], ekind[i], etext[i]
      }
      for (j = 1; j <= na; j++)
        if (!used[j]) printf "  line %d: unexpected %s %s: %s\n", aline[j], akind[j], (acode[j] == "" ? "(no code)" : acode[j]), amsg[j]
    }' "$1" "$2"
}

count=0
failed=0
mkdir -p "$work/out"
for name in $(select_fixtures "$dir" "$@"); do
  rustc_fixture "$name" json >"$work/$name.json"
  expected_errors "$dir/$name.rs" >"$work/$name.expected"
  actual_errors "$work/$name.json" "$name.rs" >"$work/$name.actual"
  mismatches="$(match_errors "$work/$name.expected" "$work/$name.actual")"
  if [ -n "$mismatches" ]; then
    echo "MISMATCH $name.rs:" >&2
    echo "$mismatches" >&2
    failed=$((failed + 1))
  fi
  rustc_fixture "$name" human | normalise >"$work/$name.stderr"
  if [ "$check" -eq 1 ]; then
    if ! diff -u "$dir/$name.stderr" "$work/$name.stderr" >&2; then
      echo "DIFF $name.stderr" >&2
      failed=$((failed + 1))
    fi
  else
    cp "$work/$name.stderr" "$dir/$name.stderr"
  fi
  count=$((count + 1))
done

if [ "$check" -eq 1 ]; then
  echo "$count fixtures checked, $failed problems"
else
  echo "$count fixtures blessed, $failed with annotation mismatches"
fi
[ "$failed" -eq 0 ]
