-- (i) POST /songs/{id}/plays {"submission":true}: a random seeded user reports a play of a random
-- song (a row in plays and one more in song_play_counts, in one transaction).
local c = dofile("bench/wrk/common.lua")
local songs = c.num("BENCH_SONGS", 1)
local body = '{"submission":true}'
c.token_scenario(function(headers)
  headers["Content-Type"] = "application/json"
  return wrk.format("POST", "/songs/" .. math.random(1, songs) .. "/plays", headers, body)
end)
