-- (e) like + unlike: PUT /songs/{id}/like, then DELETE of the same like, for a random song and
-- a random seeded user; every request (PUT or DELETE) counts as one.
local c = dofile("bench/wrk/common.lua")
local songs = c.num("BENCH_SONGS", 1)
local pending_path, pending_headers = nil, nil
c.token_scenario(function(headers)
  if pending_path then
    local p, h = pending_path, pending_headers
    pending_path = nil
    return wrk.format("DELETE", p, h)
  end
  pending_path = "/songs/" .. math.random(1, songs) .. "/like"
  pending_headers = headers
  return wrk.format("PUT", pending_path, pending_headers)
end)
