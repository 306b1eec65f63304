-- wrk: send the session cookie and print p50/p90/p95/p99 and every kind of error at the end.
local cookie = os.getenv("SKILLMIX_COOKIE")
wrk.headers["Cookie"] = cookie

done = function(summary, latency, requests)
  for _, p in ipairs({50, 90, 95, 99}) do
    io.write(string.format("p%d %.1f ms\n", p, latency:percentile(p) / 1000))
  end
  local e = summary.errors
  io.write(string.format("requests %d in %.1f s; errors: connect %d, read %d, write %d, non-2xx %d, timeout %d\n",
    summary.requests, summary.duration / 1e6, e.connect, e.read, e.write, e.status, e.timeout))
end
