#!/usr/bin/env bash
# Installs Debian's PostgreSQL server (package `postgresql`) for the team-store tests, only when no
# `initdb` is found under /usr/lib/postgresql/*/bin. The tests start their own throw-away cluster
# in a temporary folder (tests/pg_server.py); nothing here starts a server or touches a system one.
set -euo pipefail

if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "   postgresql already installed: $(ls -d /usr/lib/postgresql/*/bin | tail -1)"
    exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
echo "   installing postgresql from Debian (apt-get update, then apt-get install; 1-2 minutes, once)"
$SUDO apt-get update -q >/tmp/rapport-pg-apt.log 2>&1 || { cat /tmp/rapport-pg-apt.log >&2; exit 1; }
echo "   apt-get update done; installing the postgresql package"
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends postgresql >>/tmp/rapport-pg-apt.log 2>&1 \
    || { cat /tmp/rapport-pg-apt.log >&2; exit 1; }
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { echo "postgres.sh: installed, but no initdb under /usr/lib/postgresql/*/bin" >&2; exit 1; }
echo "   postgresql installed: $(ls -d /usr/lib/postgresql/*/bin | tail -1)"
