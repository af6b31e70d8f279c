-- (g) GET /artists?limit=50 — the first page of artists with their album and song counts.
-- Anonymous (a public list) unless BENCH_LIST_TOKEN=1.
local c = dofile("bench/wrk/common.lua")
local headers
setup = c.setup
done = c.done
init = function(args)
  c.seed()
  headers = (os.getenv("BENCH_LIST_TOKEN") == "1") and c.auth_headers() or { {} }
end
request = function()
  return wrk.format("GET", "/artists?limit=50", headers[math.random(#headers)])
end
