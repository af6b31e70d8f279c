-- Random Range reads of one song (bench/stream.sh, scenario "ranges"): each request asks for
-- RANGE_BYTES at a random offset, as players seeking around a library do. The path (a signed
-- stream URL) and the file size come from the environment; every answer must be a 206.
local path = os.getenv("STREAM_PATH")
local size = tonumber(os.getenv("STREAM_SIZE"))
local length = tonumber(os.getenv("RANGE_BYTES") or "65536")
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
  not_partial = 0
end

function request()
  local first = math.random(0, size - length)
  return wrk.format("GET", path, { ["Range"] = "bytes=" .. first .. "-" .. (first + length - 1) })
end

function response(status, headers, body)
  if status ~= 206 then
    not_partial = not_partial + 1
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("not_partial")
  end
  io.write(string.format("not_206 %d\n", bad))
end
