#!/usr/bin/env bash
# Installs code-server 4.100.3 (the last release that runs on Node 20) for the VS Code
# end-to-end test (`npm run test:vscode`), plus the Debian packages that test needs.
# Idempotent: a finished install leaves a stamp file and is skipped the next time.
#
#   bash scripts/install-code-server.sh            # installs into /opt/lift-code-server
#   LIFT_CODE_SERVER_DIR=/somewhere bash scripts/install-code-server.sh
#
# Nothing here downloads a binary from outside the npm registry and Debian: code-server's
# own ripgrep download is replaced by Debian's `rg`, native modules are rebuilt against the
# Node headers Debian's nodejs ships, and Chromium comes from Debian.
set -euo pipefail

VERSION=4.100.3
DIR="${LIFT_CODE_SERVER_DIR:-/opt/lift-code-server}"
STAMP="$DIR/.lift-installed-$VERSION"
export DEBIAN_FRONTEND=noninteractive
export npm_config_yes=true
export npm_config_fund=false
export npm_config_audit=false
export npm_config_update_notifier=false

log() { printf 'install-code-server: %s\n' "$*"; }

# --- Debian packages: ripgrep (search in VS Code), libkrb5-dev (kerberos module),
# --- a C++ tool chain for native modules, Chromium (the browser the test drives).
need=()
command -v rg >/dev/null 2>&1 || need+=(ripgrep)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v g++ >/dev/null 2>&1 || need+=(g++)
command -v make >/dev/null 2>&1 || need+=(make)
command -v python3 >/dev/null 2>&1 || need+=(python3)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
if [ "${#need[@]}" -gt 0 ]; then
    log "apt-get install ${need[*]}"
    apt-get -o DPkg::Lock::Timeout=600 update -qq
    apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${need[@]}" >/dev/null
fi

if [ -f "$STAMP" ] && [ -x "$DIR/bin/code-server" ]; then
    log "code-server $VERSION already installed in $DIR"
    exit 0
fi

log "installing code-server $VERSION into $DIR"
rm -rf "$DIR"
mkdir -p "$DIR"
npm install -g --prefix "$DIR" --ignore-scripts "code-server@$VERSION" >/dev/null

CS="$DIR/lib/node_modules/code-server"
VS="$CS/lib/vscode"

# Native modules are built against Debian's Node headers (/usr/include/node), not a download.
nodedir=""
for candidate in "$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")" /usr /usr/local; do
    if [ -f "$candidate/include/node/node.h" ]; then nodedir="$candidate"; break; fi
done
if [ -n "$nodedir" ]; then export npm_config_nodedir="$nodedir"; fi

log "rebuilding argon2"
(cd "$CS" && npm rebuild argon2 >/dev/null)

log "installing VS Code's own dependencies"
(cd "$VS" && npm install --omit=dev --ignore-scripts >/dev/null)
mkdir -p "$VS/node_modules/@vscode/ripgrep/bin"
cp "$(command -v rg)" "$VS/node_modules/@vscode/ripgrep/bin/rg"
log "rebuilding VS Code's native modules"
(cd "$VS" && npm rebuild >/dev/null)
ln -sfn node_modules "$VS/node_modules.asar"
ln -sfn code-linux.sh "$VS/bin/remote-cli/code-server"
ln -sfn browser-linux.sh "$VS/bin/helpers/browser.sh"

log "installing the built-in extensions' dependencies"
(cd "$VS/extensions" && npm install --omit=dev >/dev/null)

"$DIR/bin/code-server" --version >/dev/null
touch "$STAMP"
log "done: $DIR/bin/code-server ($("$DIR/bin/code-server" --version | head -1))"
