# Shared by run.sh and test.sh: check for (and on Debian/Ubuntu install) what the build needs.

require_dotnet() {
    if ! command -v dotnet >/dev/null 2>&1; then
        echo "The .NET 10 SDK is required: https://dot.net (or 'apt-get install dotnet-sdk-10.0' where packaged)." >&2
        exit 1
    fi
}

# The sign-in tests' OpenID provider (tests/Fixtures/OidcProvider) is npm's oidc-provider: the
# test projects fetch it with 'npm ci' and run it with node. The product itself needs neither.
require_node_for_the_test_openid_provider() {
    if command -v npm >/dev/null 2>&1; then
        return
    fi
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
        echo "Installing Node.js and npm (needed by the sign-in tests' OpenID provider)..."
        apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null
    else
        echo "The sign-in tests run an OpenID provider on Node: install Node.js (https://nodejs.org) and rerun." >&2
        exit 1
    fi
}

# The browser tests drive Debian's Chromium (Playwright never downloads a browser here); the PDF
# tests read PDFs back with poppler's pdftotext.
require_chromium() {
    local missing=()
    [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
    command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
    if [ ${#missing[@]} -eq 0 ]; then
        return
    fi
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
        echo "Installing ${missing[*]} (needed by the browser and PDF tests)..."
        apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
    else
        echo "The PDF packs and the browser and PDF tests need ${missing[*]}: install them (Debian/Ubuntu: sudo apt-get install -y ${missing[*]})," >&2
        echo "or set CHROMIUM_PATH to a Chromium executable. Until then PDF requests answer 503 and those tests fail." >&2
    fi
}

# The delivery tests send e-mail to a real SMTP server on loopback: Debian's aiosmtpd, started by the
# tests' fixture (tests/Fixtures/Smtp).
require_smtp_server() {
    if "${SMTP_PYTHON:-/usr/bin/python3}" -c 'import aiosmtpd' >/dev/null 2>&1; then
        return
    fi
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
        echo "Installing python3-aiosmtpd (needed by the delivery tests)..."
        apt-get update -qq && apt-get install -y -qq python3-aiosmtpd >/dev/null
    else
        echo "The delivery tests need /usr/bin/python3 with aiosmtpd (Debian/Ubuntu: sudo apt-get install -y python3-aiosmtpd); until then they fail saying so." >&2
    fi
}

# Outside Development the server needs an embed signing key that outlives it (a key made up at
# start-up would invalidate every portal's embed tokens on restart). Unless the environment sets
# one (Reporting__Embed__Keys__0__Secret), one is made once into data/embed-signing-key (git-ignored,
# readable by its owner only) and used as key "local".
use_local_embed_signing_key() {
    if [ -n "${Reporting__Embed__Keys__0__Secret:-}" ]; then
        return
    fi
    local file="data/embed-signing-key"
    if [ ! -s "$file" ]; then
        mkdir -p data
        (umask 077 && head -c 48 /dev/urandom | base64 | tr -d '\n' >"$file")
    fi
    export Reporting__Embed__Keys__0__Id="${Reporting__Embed__Keys__0__Id:-local}"
    Reporting__Embed__Keys__0__Secret="$(cat "$file")"
    export Reporting__Embed__Keys__0__Secret
}
