-- (c) GET /songs?q=<word>&limit=50: a random word of the titles' vocabulary (each word is in
-- roughly 0.6 % of the titles); (h) the same words against GET /search?limit=10 with
-- BENCH_SEARCH_PATH=/search?limit=10. Anonymous unless BENCH_LIST_TOKEN=1.
local c = dofile("bench/wrk/common.lua")
local path = os.getenv("BENCH_SEARCH_PATH") or "/songs?limit=50"
local words, headers
setup = c.setup
done = c.done
init = function(args)
  c.seed()
  words = c.lines(os.getenv("BENCH_VOCAB_FILE"))
  if #words == 0 then io.stderr:write("no words in BENCH_VOCAB_FILE\n"); os.exit(2) end
  headers = (os.getenv("BENCH_LIST_TOKEN") == "1") and c.auth_headers() or { {} }
end
request = function()
  return wrk.format("GET", path .. "&q=" .. words[math.random(#words)], headers[math.random(#headers)])
end
