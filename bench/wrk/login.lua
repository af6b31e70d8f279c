-- (f) POST /auth/login {email, password} as a random seeded user (bench<i>@bench.local).
local c = dofile("bench/wrk/common.lua")
local users = c.num("BENCH_USERS", 1)
local password = os.getenv("BENCH_PASSWORD") or "bench-password"
local headers = { ["Content-Type"] = "application/json" }
setup = c.setup
done = c.done
init = function(args)
  c.seed()
end
request = function()
  local body = string.format('{"email":"bench%d@bench.local","password":"%s"}', math.random(1, users), password)
  return wrk.format("POST", "/auth/login", headers, body)
end
