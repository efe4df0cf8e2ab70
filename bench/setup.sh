#!/usr/bin/env bash
# Installs what the benchmark's baselines need, when missing, from Debian's packages:
#   bench/setup.sh postgres   PostgreSQL 15 (the server binaries; no cluster is started here)
#   bench/setup.sh wrk        the HTTP load generator
# The benchmark runs it itself when it finds a tool missing. Needs root (or sudo) and apt-get.
set -euo pipefail

package_for() {
    case "$1" in
        postgres) echo postgresql ;;
        wrk) echo wrk ;;
        *) echo "unknown prerequisite '$1' (postgres or wrk)" >&2; exit 2 ;;
    esac
}

present() {
    case "$1" in
        postgres) ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || command -v pg_ctl >/dev/null 2>&1 ;;
        wrk) command -v wrk >/dev/null 2>&1 ;;
    esac
}

missing=()
for what in "${@:-postgres wrk}"; do
    for item in $what; do
        present "$item" || missing+=("$(package_for "$item")")
    done
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "setup: nothing to install"
    exit 0
fi

if [ "$(id -u)" = 0 ]; then
    sudo=()
elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
else
    echo "setup: ${missing[*]} missing; install with: apt-get install ${missing[*]} (as root)" >&2
    exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup: ${missing[*]} missing and apt-get is not here; install them with your package manager" >&2
    exit 1
fi
echo "setup: installing ${missing[*]} …"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup: installed ${missing[*]}"
