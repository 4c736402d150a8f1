#!/usr/bin/env bash
# Installs the real Joplin terminal app (npm joplin@3.5.1) for the rapport-joplin tests.
# Idempotent: a second run only checks the installed version. The install lives outside the
# repository (nothing to git-ignore); override with RAPPORT_JOPLIN_PREFIX.
set -euo pipefail

VERSION="3.5.1"
PREFIX="${RAPPORT_JOPLIN_PREFIX:-$HOME/.cache/rapport-test-tools/joplin}"
BIN="$PREFIX/node_modules/.bin/joplin"

installed_version() {
    node -e "console.log(require('$PREFIX/node_modules/joplin/package.json').version)" 2>/dev/null || true
}

if [ -x "$BIN" ] && [ "$(installed_version)" = "$VERSION" ]; then
    echo "joplin $VERSION already installed: $BIN"
    exit 0
fi

command -v npm >/dev/null || { echo "joplin.sh: npm is required (apt-get install -y nodejs npm)" >&2; exit 1; }

# The keytar native module needs libsecret headers to build.
if ! dpkg -s libsecret-1-dev >/dev/null 2>&1; then
    SUDO=""
    if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
    $SUDO apt-get update -q
    $SUDO apt-get install -y -q libsecret-1-dev
fi

mkdir -p "$PREFIX"
cd "$PREFIX"
[ -f package.json ] || echo '{"name": "rapport-test-joplin", "private": true}' > package.json
npm install --no-audit --no-fund --loglevel=error "joplin@$VERSION"
[ -x "$BIN" ] || { echo "joplin.sh: install finished but $BIN is missing" >&2; exit 1; }
echo "joplin $VERSION installed: $BIN"
