-- (b) GET /songs?limit=50 — the first page; with BENCH_PAGE=deep the page after song BENCH_DEEP_OFFSET
-- (near the end of the catalog), by key as the API's next links page; with BENCH_PAGE=offset the same
-- page by offset. Anonymous (a public list) unless BENCH_LIST_TOKEN=1.
local c = dofile("bench/wrk/common.lua")
local page = os.getenv("BENCH_PAGE") or "first"
local offset = c.num("BENCH_DEEP_OFFSET", 0)
local path = "/songs?limit=50"
if page == "deep" then path = "/songs?limit=50&after=" .. offset end
if page == "offset" then path = "/songs?limit=50&offset=" .. offset end
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
