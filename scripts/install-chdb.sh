#!/usr/bin/env bash
# Fetches chDB (ClickHouse as a library: libchdb.so, about 540 MB) from npm into .chdb/ beside this
# repository, where the engine looks for it. REPORTING_CHDB_LIB, when set, names the library
# instead and this script does nothing. Only a `--db chdb:DIR` database and its tests need it.
set -euo pipefail
cd "$(dirname "$0")/.."

version=3.4.0
library=.chdb/node_modules/@chdb/lib-linux-x64-gnu/libchdb.so

if [ -n "${REPORTING_CHDB_LIB:-}" ]; then
    [ -f "$REPORTING_CHDB_LIB" ] || { echo "REPORTING_CHDB_LIB names $REPORTING_CHDB_LIB, which does not exist." >&2; exit 1; }
    exit 0
fi
if [ -f "$library" ] && [ "$(cat .chdb/version 2>/dev/null)" = "$version" ]; then
    exit 0
fi
if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
    echo "npm's chdb $version ships libchdb.so for Linux x86-64 only; elsewhere set REPORTING_CHDB_LIB to a libchdb built for this machine." >&2
    exit 1
fi
command -v npm >/dev/null 2>&1 || { echo "install-chdb.sh needs npm (Debian/Ubuntu: apt-get install -y npm)." >&2; exit 1; }

echo "Fetching chDB $version (libchdb.so, ~540 MB) into .chdb/ ..."
mkdir -p .chdb
# The package's install script does nothing (node -e ""); skipping it keeps npm from running code.
npm install --prefix .chdb --no-audit --no-fund --no-save --ignore-scripts "chdb@$version" >/dev/null
[ -f "$library" ] || { echo "npm installed chdb $version but $library is missing." >&2; exit 1; }
echo "$version" > .chdb/version
echo "chDB $version: $library"
