#!/usr/bin/env bash
# Builds brisk-<version>.vsix: bundles the server jars, compiles the TypeScript, packs with vsce.
set -euo pipefail
ext="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ext"
bash scripts/bundle-server.sh
rm -rf out
npx tsc -p .
version="$(node -p 'require("./package.json").version')"
npx vsce package --allow-missing-repository --skip-license --out "brisk-$version.vsix"
echo "package: $ext/brisk-$version.vsix"
