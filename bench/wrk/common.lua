-- Shared by the scenario scripts (loaded with dofile; wrk runs from the repository root).
-- Settings come from the environment that bench/bench.sh exports:
--   BENCH_TOKENS_FILE  access tokens of seeded users, one a line
--   BENCH_VOCAB_FILE   the search words, one a line
--   BENCH_SONGS, BENCH_ALBUMS, BENCH_USERS  catalog sizes (ids 1..n; users bench1..benchN)
--   BENCH_DEEP_OFFSET  offset of the deep page
--   BENCH_PASSWORD     the seeded users' password
--   BENCH_WRK_OUT      where done() writes the result as JSON
local M = {}

function M.num(name, default)
  return tonumber(os.getenv(name) or "") or default
end

function M.lines(path)
  local out = {}
  if path == nil or path == "" then return out end
  local f = io.open(path, "r")
  if f == nil then return out end
  for line in f:lines() do
    if line ~= "" then out[#out + 1] = line end
  end
  f:close()
  return out
end

-- Per-thread: give each thread its own random sequence.
local counter = 0
function M.setup(thread)
  counter = counter + 1
  thread:set("thread_no", counter)
end

function M.seed()
  math.randomseed(os.time() * 1000 + (thread_no or 0) * 7919)
  math.random(); math.random()
end

-- Authorization header tables, one per token, built once per thread.
function M.auth_headers()
  local out = {}
  for _, t in ipairs(M.lines(os.getenv("BENCH_TOKENS_FILE"))) do
    out[#out + 1] = { ["Authorization"] = "Bearer " .. t }
  end
  if #out == 0 then
    io.stderr:write("no tokens in BENCH_TOKENS_FILE\n")
    os.exit(2)
  end
  return out
end

-- A scenario sent with a random seeded user's token: sets wrk's setup/init/request/done globals;
-- request_with(headers) builds each request from one user's Authorization header table.
function M.token_scenario(request_with)
  local headers
  setup = M.setup
  done = M.done
  init = function(args)
    M.seed()
    headers = M.auth_headers()
  end
  request = function()
    return request_with(headers[math.random(#headers)])
  end
end

-- Main state: write the summary as JSON (latencies in microseconds).
function M.done(summary, latency, requests)
  local e = summary.errors
  local json = string.format(
    '{"requests":%d,"duration_us":%d,"bytes":%d,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latency_us":{"mean":%.1f,"stdev":%.1f,"max":%d,"p50":%d,"p90":%d,"p99":%d,"p999":%d}}\n',
    summary.requests, summary.duration, summary.bytes,
    e.connect, e.read, e.write, e.status, e.timeout,
    latency.mean, latency.stdev, latency.max,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency:percentile(99.9))
  local path = os.getenv("BENCH_WRK_OUT")
  if path and path ~= "" then
    local f = assert(io.open(path, "w"))
    f:write(json)
    f:close()
  else
    io.write(json)
  end
end

return M
