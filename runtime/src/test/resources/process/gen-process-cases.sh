#!/bin/sh
# Records rustc's observable behaviour for ProcessBehaviourTest: for each NAME.rs, NAME.stdout,
# NAME.stderr and NAME.code (exit status); for testlib/lib.rs (a cargo library's unit tests) one
# testlib-CASE.stdout/.code per libtest argument set. Thread ids in panic messages vary per run;
# the test normalises them. Needs rustc and cargo (offline).
set -e
cd "$(dirname "$0")"
here=$(pwd)
tmp=$(mktemp -d)
unset RUST_BACKTRACE
for src in *.rs; do
  name=${src%.rs}
  mkdir -p "$tmp/$name/src"
  cp "$src" "$tmp/$name/src/main.rs"
  (cd "$tmp/$name" && rustc --edition 2021 -o prog src/main.rs 2>/dev/null)
  set +e
  (cd "$tmp/$name" && ./prog > "$here/$name.stdout" 2> "$here/$name.stderr")
  echo $? > "$here/$name.code"
  set -e
done
cd "$tmp" && cargo new --lib --offline -q testlib && cp "$here/testlib/lib.rs" testlib/src/lib.rs
cd testlib && cargo test --offline --no-run -q 2>/dev/null
bin=$(ls target/debug/deps/testlib-* | grep -v '\.d$' | head -1)
run() {
  case=$1; shift
  set +e
  "$bin" "$@" > "$here/testlib/$case.stdout" 2>/dev/null
  echo $? > "$here/testlib/$case.code"
  set -e
}
run all --test-threads=1
run filter --test-threads=1 adds
run exact --test-threads=1 --exact tests::adds
run ignored --test-threads=1 --ignored
run include-ignored --test-threads=1 --include-ignored ign
run skip --test-threads=1 --skip sp_ --skip res
run none --test-threads=1 nothingmatches
run list --list
run nocapture --test-threads=1 --nocapture adds fails
run show-output --test-threads=1 --show-output fails adds sp_ok
rm -rf "$tmp"
