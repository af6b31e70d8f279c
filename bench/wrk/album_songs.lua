-- (d) GET /albums/{id}/songs with a token: a random album's tracks in order.
local c = dofile("bench/wrk/common.lua")
local albums = c.num("BENCH_ALBUMS", 1)
local headers
setup = c.setup
done = c.done
init = function(args)
  c.seed()
  headers = c.auth_headers()
end
request = function()
  return wrk.format("GET", "/albums/" .. math.random(1, albums) .. "/songs", headers[math.random(#headers)])
end
