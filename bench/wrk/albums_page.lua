-- (n) GET /albums?sort=title&limit=50&offset=<random>: the REST page getAlbumList2
-- alphabeticalByName (k) answers. Anonymous unless BENCH_LIST_TOKEN=1.
local c = dofile("bench/wrk/common.lua")
local albums = c.num("BENCH_ALBUMS", 1)
local headers
setup = c.setup
done = c.done
init = function(args)
  c.seed()
  headers = (os.getenv("BENCH_LIST_TOKEN") == "1") and c.auth_headers() or { {} }
end
request = function()
  return wrk.format("GET", "/albums?sort=title&limit=50&offset=" .. math.random(0, math.max(0, albums - 50)),
    headers[math.random(#headers)])
end
