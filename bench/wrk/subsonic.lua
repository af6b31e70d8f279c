-- (k, l, m) subsonic-service with a random seeded user's API key, JSON answers:
--   BENCH_SUBSONIC=albumlist  getAlbumList2 type=alphabeticalByName size=50 at a random offset
--   BENCH_SUBSONIC=search     search3 of a random vocabulary word (20 artists, 20 albums, 20 songs)
--   BENCH_SUBSONIC=album      getAlbum of a random album (its tracks)
-- A status="failed" answer is HTTP 200 in Subsonic: bench.sh's probe checks one answer is "ok"
-- before the load (a response() callback here would slow wrk down for every scenario's peers).
local c = dofile("bench/wrk/common.lua")
local kind = os.getenv("BENCH_SUBSONIC") or "album"
local albums = c.num("BENCH_ALBUMS", 1)
local keys, words
setup = c.setup
init = function(args)
  c.seed()
  keys = c.lines(os.getenv("BENCH_APIKEYS_FILE"))
  words = c.lines(os.getenv("BENCH_VOCAB_FILE"))
  if #keys == 0 then io.stderr:write("no keys in BENCH_APIKEYS_FILE\n"); os.exit(2) end
end
request = function()
  local q = "f=json&v=1.16.1&c=bench&apiKey=" .. keys[math.random(#keys)]
  if kind == "albumlist" then
    return wrk.format("GET", "/rest/getAlbumList2?" .. q .. "&type=alphabeticalByName&size=50&offset="
      .. math.random(0, math.max(0, albums - 50)))
  elseif kind == "search" then
    return wrk.format("GET", "/rest/search3?" .. q .. "&query=" .. words[math.random(#words)])
  end
  return wrk.format("GET", "/rest/getAlbum.view?" .. q .. "&id=al-" .. math.random(1, albums))
end
done = c.done
