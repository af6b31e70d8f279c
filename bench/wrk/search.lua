-- (c) GET /songs?q=<word>&limit=50: a random word of the titles' vocabulary (each word is in
-- roughly 0.6 % of the titles). Anonymous unless BENCH_LIST_TOKEN=1.
local c = dofile("bench/wrk/common.lua")
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
  return wrk.format("GET", "/songs?limit=50&q=" .. words[math.random(#words)], headers[math.random(#headers)])
end
