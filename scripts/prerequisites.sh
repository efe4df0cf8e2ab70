# Shared by run.sh and test.sh: check for (and on Debian/Ubuntu install) what the build needs.

require_dotnet() {
    if ! command -v dotnet >/dev/null 2>&1; then
        echo "The .NET 10 SDK is required: https://dot.net (or 'apt-get install dotnet-sdk-10.0' where packaged)." >&2
        exit 1
    fi
}

# The DuckDB engine is an npm package, fetched by the build with 'npm ci'.
require_npm() {
    if command -v npm >/dev/null 2>&1; then
        return
    fi
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
        echo "Installing Node.js and npm (needed once, to fetch the DuckDB engine)..."
        apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null
    else
        echo "npm is required to fetch the DuckDB engine: install Node.js (https://nodejs.org) and rerun." >&2
        exit 1
    fi
}
