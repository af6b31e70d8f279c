-- (b) GET /songs?limit=50 — the first page, or with BENCH_PAGE=deep the page at BENCH_DEEP_OFFSET
-- (near the end of the catalog). Anonymous (a public list) unless BENCH_LIST_TOKEN=1.
local c = dofile("bench/wrk/common.lua")
local deep = os.getenv("BENCH_PAGE") == "deep"
local offset = c.num("BENCH_DEEP_OFFSET", 0)
local path = deep and ("/songs?limit=50&offset=" .. offset) or "/songs?limit=50"
local headers
setup = c.setup
done = c.done
init = function(args)
  c.seed()
  headers = (os.getenv("BENCH_LIST_TOKEN") == "1") and c.auth_headers() or { {} }
end
request = function()
  return wrk.format("GET", path, headers[math.random(#headers)])
end
