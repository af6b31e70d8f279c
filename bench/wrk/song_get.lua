-- (a) GET /songs/{id} with a token: random song, random seeded user.
local c = dofile("bench/wrk/common.lua")
local songs = c.num("BENCH_SONGS", 1)
local headers
setup = c.setup
done = c.done
init = function(args)
  c.seed()
  headers = c.auth_headers()
end
request = function()
  return wrk.format("GET", "/songs/" .. math.random(1, songs), headers[math.random(#headers)])
end
