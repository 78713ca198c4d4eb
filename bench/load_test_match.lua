-- wrk script for bench/load_test.sh: one single-query POST /match/default per request, cycling
-- through a few names (listed and not listed) so the server does real candidate work.
local names = {
  '{"schema": "Person", "properties": {"name": ["CHO IL U"], "birthDate": ["1945"]}}',
  '{"schema": "Person", "properties": {"name": ["Alexander Vyacheslavovich ZAKHAROV"], "country": "Russia"}}',
  '{"schema": "Vessel", "properties": {"name": ["CHON MA SAN"], "imoNumber": ["IMO 8660313"]}}',
  '{"schema": "Company", "properties": {"name": ["Korea Mining Development Trading Corporation"]}}',
  '{"schema": "Person", "properties": {"name": ["Maria Gonzalez Lopez"], "birthDate": ["1980-02-03"]}}',
  '{"schema": "Organization", "properties": {"name": ["Ocean Star Shipping Ltd"]}}',
}
local bodies = {}
for i, q in ipairs(names) do
  bodies[i] = '{"queries": {"q' .. i .. '": ' .. q .. '}}'
end
local counter = 0
local key = os.getenv("EMBARGO_API_KEY")

request = function()
  counter = counter + 1
  local headers = {["Content-Type"] = "application/json"}
  if key and key ~= "" then headers["Authorization"] = "ApiKey " .. key end
  return wrk.format("POST", "/match/default", headers, bodies[(counter % #bodies) + 1])
end

-- Non-2xx answers are counted by wrk itself ("Non-2xx or 3xx responses").
done = function(summary, latency, requests)
  io.write(string.format("LOADTEST requests=%d duration_s=%.2f rps=%.0f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f errors_connect=%d errors_read=%d errors_write=%d errors_status=%d errors_timeout=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.status, summary.errors.timeout))
end
