#!/usr/bin/env bash
# Measures each dashboard page's server time, cold (first request) and warm (median and p95 of the
# next N requests, answers cached), over loopback against the seeded demo database (200 accounts ×
# 18 months unless DB names another). Usage: scripts/measure-dashboards.sh [N] [DB]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/prerequisites.sh
use_local_embed_signing_key
runs="${1:-20}"
db="${2:-/tmp/reporting-measure/reporting.duckdb}"
port=5097
mkdir -p "$(dirname "$db")"
dotnet build src/Reporting.Web -c Release --nologo -v quiet >/dev/null
# The server does not seed: the command line does, once (a database that holds data is left as it is).
dotnet run --project src/Reporting.Cli -c Release -- seed --db "$db" --accounts 200 --months 18 --if-empty >/dev/null
Reporting__Database="$db" ASPNETCORE_ENVIRONMENT=Production \
    dotnet src/Reporting.Web/bin/Release/net10.0/Reporting.Web.dll --urls "http://127.0.0.1:$port" >/tmp/measure-dashboards.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do sleep 1; done

pages=(/ /dashboards/sentiment /dashboards/support /dashboards/engagement /dashboards/surveys /accounts /accounts/ACC-0001 "/explore?x.cube=tickets&x.dimension=priority")
printf '%-46s %10s %10s %10s\n' page "cold ms" "warm p50" "warm p95"
for page in "${pages[@]}"; do
    url="http://127.0.0.1:$port$page"
    cold=$(curl -s -o /dev/null -w '%{time_starttransfer}' "$url")
    warm=$(for _ in $(seq "$runs"); do curl -s -o /dev/null -w '%{time_starttransfer}\n' "$url"; done | sort -n)
    p50=$(echo "$warm" | awk -v n="$runs" 'NR == int((n + 1) / 2)')
    p95=$(echo "$warm" | awk -v n="$runs" 'NR == int(n * 0.95 + 0.999)')
    awk -v p="$page" -v c="$cold" -v a="$p50" -v b="$p95" 'BEGIN { printf "%-46s %10.1f %10.1f %10.1f\n", p, c * 1000, a * 1000, b * 1000 }'
done
