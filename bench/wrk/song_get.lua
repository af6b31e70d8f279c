-- (a) GET /songs/{id} with a token: random song, random seeded user.
local c = dofile("bench/wrk/common.lua")
local songs = c.num("BENCH_SONGS", 1)
c.token_scenario(function(headers)
  return wrk.format("GET", "/songs/" .. math.random(1, songs), headers)
end)
