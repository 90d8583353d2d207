# Shared helpers for the bless-*.sh scripts. Sourced, not executed.
# The oracle is the installed rustc/cargo; nothing here may be typed by hand.

BLESS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
FIXTURES_DIR="$(cd "$BLESS_DIR/../fixtures" && pwd)"

# The environment must not change what programs print: no backtraces, no colour,
# no thread-count or stack overrides inherited from the caller.
unset RUST_BACKTRACE RUST_LIB_BACKTRACE RUST_TEST_THREADS RUST_MIN_STACK RUST_TEST_NOCAPTURE \
      RUSTFLAGS CARGO_ENCODED_RUSTFLAGS CARGO_BUILD_RUSTFLAGS CARGO_TARGET_DIR CARGO_INCREMENTAL
export CARGO_TERM_COLOR=never
export LC_ALL=C

# Replaces the parts of std output that differ between two runs of the same program.
#   thread 'NAME' (12345) panicked   ->  thread 'NAME' ($TID) panicked
#   finished in 0.01s                ->  finished in $TIMEs
#   /rustc/<40 hex commit>/library/  ->  $RUST_SRC/library/   (panic locations inside std)
normalise() {
  sed -E \
    -e 's#/rustc/[0-9a-f]{40}/#$RUST_SRC/#g' \
    -e "s/^thread '([^']*)' \\([0-9]+\\) panicked/thread '\\1' (\$TID) panicked/" \
    -e 's/finished in [0-9]+\.[0-9]+s/finished in $TIMEs/'
}

# Writes a cargo package manifest into $1 (package "fixture", edition 2021, default dev profile).
write_manifest() {
  cat > "$1/Cargo.toml" <<'TOML'
[package]
name = "fixture"
version = "0.1.0"
edition = "2021"

[dependencies]
TOML
}

# Lists the fixture names (file stem) of *.rs in dir $1, or checks the names given in $2...
select_fixtures() {
  local dir="$1"; shift
  if [ "$#" -eq 0 ]; then
    local f
    for f in "$dir"/*.rs; do
      [ -e "$f" ] || continue
      basename "$f" .rs
    done
  else
    local n
    for n in "$@"; do
      n="${n%.rs}"; n="$(basename "$n")"
      if [ ! -f "$dir/$n.rs" ]; then
        echo "no such fixture: $dir/$n.rs" >&2
        return 1
      fi
      echo "$n"
    done
  fi
}
