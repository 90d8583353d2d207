#!/usr/bin/env bash
# Runs brisk's whole test suite (all modules); exits non-zero when any test fails.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$root/tools/find-jdk.sh"
cd "$root"
exec ./mvnw -B verify "$@"
