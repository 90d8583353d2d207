#!/usr/bin/env bash
# Regenerates the rustc expectations for every fixture in this directory:
#   NAME.stderr        rustc's human rendering (what a terminal-less stderr shows)
#   NAME.color.stderr  the same with --color=always (ANSI escapes)
#   NAME.json          rustc's --error-format=json lines
#   NAME.short.stderr  rustc's --error-format=short rendering
# A fixture is either NAME.rs or a directory NAME/ whose crate root is NAME/main.rs (for
# diagnostics that span several files). rustc runs from this directory so that file names print
# as `NAME.rs` or `NAME/main.rs`.
set -euo pipefail
cd "$(dirname "$0")"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for src in *.rs */main.rs; do
    name="${src%.rs}"
    name="${name%/main}"
    rustc --edition 2021 --error-format=human --out-dir "$out" "$src" 2> "$name.stderr" || true
    rustc --edition 2021 --error-format=human --color=always --out-dir "$out" "$src" 2> "$name.color.stderr" || true
    rustc --edition 2021 --error-format=json --out-dir "$out" "$src" 2> "$name.json" || true
    rustc --edition 2021 --error-format=short --out-dir "$out" "$src" 2> "$name.short.stderr" || true
done
# Cargo projects under cargo/: cargo's JSON compiler messages (plain and with ANSI renderings) and
# its human stderr (without the timing-dependent Compiling/Finished lines), from a copy built in a
# scratch directory.
# The scratch directory has a fixed name so that the absolute paths in the JSON stay stable.
scratch=/tmp/brisk-diagnostics-bless
for project in cargo/*/; do
    name="$(basename "$project")"
    rm -rf "${scratch:?}/$name"
    mkdir -p "$scratch"
    cp -r "$project" "$scratch/$name"
    (cd "$scratch/$name" && cargo build --offline --message-format=json 2>/dev/null) \
        | grep '"reason":"compiler-message"' > "cargo/$name.build.jsonl" || true
    rm -rf "$scratch/$name/target"
    (cd "$scratch/$name" && cargo build --offline --message-format=json-diagnostic-rendered-ansi 2>/dev/null) \
        | grep '"reason":"compiler-message"' > "cargo/$name.build-ansi.jsonl" || true
    rm -rf "$scratch/$name/target"
    (cd "$scratch/$name" && cargo build --offline 2>&1 >/dev/null) \
        | grep -v -E '^ +(Compiling|Finished|Checking) ' > "cargo/$name.build.stderr" || true
    rm -rf "${scratch:?}/$name"
done
rustc --version > rustc-version.txt
cargo --version >> rustc-version.txt
