-- (j) GET /songs/top?period=month&limit=50 with a token: the month's most played songs (the plays of
-- the last 30 days counted by song), each with the caller's last play.
local c = dofile("bench/wrk/common.lua")
c.token_scenario(function(headers)
  return wrk.format("GET", "/songs/top?period=month&limit=50", headers)
end)
