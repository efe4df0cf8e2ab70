#!/usr/bin/env python3
"""Signs a Customer Success Reporting embed token the way a host server would, with nothing but the
standard library: HS256 over the documented claims (README, "Embedding").

    python3 sign_token.py KEY_ID SECRET RESOURCE [FILTERS_JSON] [EDITABLE,...] [LIFETIME_SECONDS]
    python3 sign_token.py 2026-11 "$SECRET" dashboard:account '{"account_id": "ACC-0001"}' from,to,grain 3600

prints the token; the iframe's src is https://reporting.example.com/embed/<token>.
"""
import base64
import hashlib
import hmac
import json
import sys
import time


def encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def sign(key_id, secret, resource, filters=None, editable=(), lifetime=3600, theme=None):
    now = int(time.time())
    header = {"alg": "HS256", "typ": "JWT", "kid": key_id}
    payload = {"resource": resource, "filters": filters or {}, "editable": list(editable),
               "iat": now, "exp": now + lifetime}
    if theme:
        payload["theme"] = theme
    signing_input = encode(json.dumps(header).encode()) + "." + encode(json.dumps(payload).encode())
    signature = hmac.new(secret.encode(), signing_input.encode(), hashlib.sha256).digest()
    return signing_input + "." + encode(signature)


if __name__ == "__main__":
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    filters = json.loads(sys.argv[4]) if len(sys.argv) > 4 else {}
    editable = [e for e in sys.argv[5].split(",") if e] if len(sys.argv) > 5 else []
    lifetime = int(sys.argv[6]) if len(sys.argv) > 6 else 3600
    print(sign(sys.argv[1], sys.argv[2], sys.argv[3], filters, editable, lifetime))
