#!/usr/bin/env bash
# Runs every test. Installs what the tests need (the DuckDB engine comes with the build, chDB from
# npm), then prints one closing line: "Tests: N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh
require_dotnet
require_node_for_the_test_openid_provider
require_chromium
require_smtp_server
# The ClickHouse tests run the real engine embedded: chDB's libchdb.so, fetched from npm once.
scripts/install-chdb.sh

dotnet build Reporting.sln -c Debug --nologo -v quiet
# Test servers never see their settings files change: without file watchers, the hundreds of
# servers the tests start cannot exhaust the user's inotify instances (128 by default).
export DOTNET_hostBuilder__reloadConfigOnChange=false
log=$(mktemp)
status=0
dotnet test Reporting.sln --no-build -c Debug --nologo "$@" 2>&1 | tee "$log" || status=$?
# Sum the per-assembly summaries ("Passed!  - Failed: 0, Passed: 12, Skipped: 0, ...").
awk -F'[:,]' '/(Passed|Failed)! +- Failed:/ { f += $2; p += $4; s += $6 }
    END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit $status
