#!/bin/sh
# Regenerates fmt-cases.txt from rustc (the oracle). Needs rustc on PATH.
set -e
cd "$(dirname "$0")"
tmp=$(mktemp -d)
rustc --edition 2021 -o "$tmp/gen-fmt-cases" gen-fmt-cases.rs
"$tmp/gen-fmt-cases" > fmt-cases.txt
rm -rf "$tmp"
