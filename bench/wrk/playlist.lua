-- A playlist of ~10,000 entries (bench/playlists.sh), by its owner. BENCH_PLAYLIST_OP:
--   one     GET the playlist (one primary-key read: the reference for the others)
--   page    GET a page of 50 songs at a random offset
--   end     add one song at the end, then remove it again (requests alternate per connection)
--   middle  insert one song at position 5,000, then remove it again
--   move    move 3 entries from a random position to 5 places later
-- BENCH_PLAYLIST_ID, BENCH_PLAYLIST_SIZE (entries before the run), BENCH_PLAYLIST_SONG (a song
-- id to add), BENCH_TOKENS_FILE (the owner's token, first line).
local common = dofile("bench/wrk/common.lua")

local op = os.getenv("BENCH_PLAYLIST_OP") or "page"
local id = os.getenv("BENCH_PLAYLIST_ID")
local size = common.num("BENCH_PLAYLIST_SIZE", 9990)
local song = os.getenv("BENCH_PLAYLIST_SONG") or "1"
local base = "/playlists/" .. id .. "/songs"
local headers
local adding = true

setup = common.setup
done = common.done

init = function(args)
  common.seed()
  headers = common.auth_headers()[1]
  headers["Content-Type"] = "application/json"
end

-- add, then remove what was added: both chosen by the last answer, not by the last request built
-- (a run may end with an add unanswered, and the warm-up may leave one more entry)
local last = size + 1
local function toggle(add_body, remove_body)
  local body = adding and add_body or remove_body
  local method = adding and "POST" or "DELETE"
  return wrk.format(method, base, headers, body)
end

response = function(status, headers, body)
  if (op == "end" or op == "middle") and status == 200 then
    if adding then
      -- the song just added at the end is the last entry
      last = tonumber(string.match(body, '"song_count":(%d+)')) or last
    end
    adding = not adding
  end
end

request = function()
  if op == "one" then
    return wrk.format("GET", "/playlists/" .. id, headers)
  elseif op == "page" then
    return wrk.format("GET", base .. "?limit=50&offset=" .. math.random(0, size - 50), headers)
  elseif op == "end" then
    return toggle('{"song_ids":[' .. song .. ']}', '{"positions":[' .. last .. ']}')
  elseif op == "middle" then
    return toggle('{"song_ids":[' .. song .. '],"position":5000}', '{"positions":[5000]}')
  elseif op == "move" then
    local from = math.random(1, size - 10)
    return wrk.format("POST", base .. "/move", headers,
      '{"from":' .. from .. ',"count":3,"to":' .. (from + 5) .. '}')
  end
  io.stderr:write("unknown BENCH_PLAYLIST_OP " .. op .. "\n")
  os.exit(2)
end
