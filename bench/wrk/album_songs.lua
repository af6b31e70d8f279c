-- (d) GET /albums/{id}/songs with a token: a random album's tracks in order.
local c = dofile("bench/wrk/common.lua")
local albums = c.num("BENCH_ALBUMS", 1)
c.token_scenario(function(headers)
  return wrk.format("GET", "/albums/" .. math.random(1, albums) .. "/songs", headers)
end)
