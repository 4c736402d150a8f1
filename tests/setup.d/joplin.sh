#!/usr/bin/env bash
# Installs the real Joplin terminal app (npm joplin@3.5.1) for the rapport-joplin tests.
# Idempotent: a second run only checks the installed version. The install lives outside the
# repository (nothing to git-ignore), under ~/.cache; override with RAPPORT_JOPLIN_PREFIX.
# The first run installs libsecret-1-dev from Debian (apt-get, with sudo when not root) and builds
# Joplin from npm (2-4 minutes); it prints a line every 20 seconds so it never looks hung.
set -euo pipefail

VERSION="3.5.1"
PREFIX="${RAPPORT_JOPLIN_PREFIX:-$HOME/.cache/rapport-test-tools/joplin}"
BIN="$PREFIX/node_modules/.bin/joplin"

installed_version() {
    node -e "console.log(require('$PREFIX/node_modules/joplin/package.json').version)" 2>/dev/null || true
}

# Run a long command quietly, printing "still ..." with the elapsed time every 20 s; its output is
# shown only if it fails.
with_progress() {
    local what="$1" log start pid rc
    shift
    log="$(mktemp)"
    start=$SECONDS
    "$@" >"$log" 2>&1 &
    pid=$!
    while kill -0 "$pid" 2>/dev/null; do
        for _ in $(seq 20); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        kill -0 "$pid" 2>/dev/null && echo "   still $what ($((SECONDS - start)) s)"
    done
    rc=0
    wait "$pid" || rc=$?
    if [ "$rc" != 0 ]; then cat "$log" >&2; rm -f "$log"; echo "joplin.sh: $what failed (exit $rc)" >&2; exit "$rc"; fi
    rm -f "$log"
    echo "   done $what in $((SECONDS - start)) s"
}

if [ -x "$BIN" ] && [ "$(installed_version)" = "$VERSION" ]; then
    echo "   joplin $VERSION already installed: $BIN"
    exit 0
fi

command -v npm >/dev/null || { echo "joplin.sh: npm is required (apt-get install -y nodejs npm)" >&2; exit 1; }

# The keytar native module needs libsecret headers to build.
if ! dpkg -s libsecret-1-dev >/dev/null 2>&1; then
    SUDO=""
    if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
    echo "   installing libsecret-1-dev from Debian (apt-get; Joplin's keytar module builds against it)"
    with_progress "running apt-get update" $SUDO apt-get update -q
    with_progress "installing libsecret-1-dev" $SUDO apt-get install -y -q libsecret-1-dev
fi

mkdir -p "$PREFIX"
cd "$PREFIX"
[ -f package.json ] || echo '{"name": "rapport-test-joplin", "private": true}' > package.json
echo "   installing joplin@$VERSION from npm into $PREFIX (2-4 minutes, once)"
# keytar's native build needs Node's headers; with no network but the registries, node-gyp must
# use the system's (Debian's nodejs ships them) instead of downloading them.
if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/common.gypi ]; then
    export npm_config_nodedir=/usr
fi
with_progress "installing joplin@$VERSION" npm install --no-audit --no-fund --loglevel=error "joplin@$VERSION"
[ -x "$BIN" ] || { echo "joplin.sh: install finished but $BIN is missing" >&2; exit 1; }
echo "   joplin $VERSION installed: $BIN"
