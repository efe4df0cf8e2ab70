-- wrk script for the http benchmark: sends WRK_METHOD (default GET) with the body in WRK_BODY, if
-- any, as JSON, with the session cookie in WRK_COOKIE, if any, and at the end prints one line of JSON (prefix WRK_RESULT) that the benchmark reads:
-- requests, duration and latency percentiles in microseconds, and errors.
wrk.method = os.getenv("WRK_METHOD") or "GET"
local cookie = os.getenv("WRK_COOKIE")
if cookie ~= nil and cookie ~= "" then
   wrk.headers["Cookie"] = cookie
end
local body = os.getenv("WRK_BODY")
if body ~= nil and body ~= "" then
   wrk.body = body
   wrk.headers["Content-Type"] = "application/json"
end

function done(summary, latency, requests)
   local e = summary.errors
   io.write(string.format(
      'WRK_RESULT {"requests":%d,"duration_us":%d,"socket_errors":%d,"status_errors":%d,"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d}\n',
      summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status,
      latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
