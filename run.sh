#!/usr/bin/env bash
# Runs the reporting server on http://localhost:5080. On first run it builds (the DuckDB engine comes
# with the DuckDB.NET package from NuGet), installs Chromium for the PDF packs (Debian/Ubuntu, as
# root), seeds demo data into data/reporting.duckdb with the command line (`reporting seed
# --if-empty`: a database that holds data is left as it is; the server itself never seeds) and makes
# an embed signing key (data/embed-signing-key).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh
require_dotnet
require_chromium   # the EBR packs (GET /accounts/{id}/ebr.pdf) print with Debian's Chromium

export Reporting__Database="${Reporting__Database:-$PWD/data/reporting.duckdb}"
# Production unless told otherwise: launchSettings.json (Development) is for an IDE, not for serving.
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}"
use_local_embed_signing_key   # data/embed-signing-key, made on first run, unless the environment sets a key
# Reporting__Database may also be chdb:DIR (embedded ClickHouse) or clickhouse://… (see the README).
case "$Reporting__Database" in
    chdb:/*) scripts/install-chdb.sh ;;
    chdb:*) scripts/install-chdb.sh; export Reporting__Database="chdb:$PWD/${Reporting__Database#chdb:}" ;;
    clickhouse:* | clickhouses:*) export Reporting__LocalDatabase="${Reporting__LocalDatabase:-$PWD/data/local.duckdb}" ;;
    *) mkdir -p "$(dirname "$Reporting__Database")" ;;
esac
dotnet run --project src/Reporting.Cli -c Release -- seed --db "$Reporting__Database" --accounts 200 --months 18 --if-empty
exec dotnet run --project src/Reporting.Web -c Release --no-launch-profile -- --urls "${REPORTING_URLS:-http://localhost:5080}"
