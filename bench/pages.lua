-- wrk script for bench/broadcast-under-load.sh: each connection asks for the pages in
-- PAGES (space-separated paths, from the environment) in turn, with the Accept-Encoding in
-- ACCEPT_ENCODING. The requests are built once, so the script costs wrk next to nothing.
local requests = {}
local n = 0

function init(args)
  local encoding = os.getenv("ACCEPT_ENCODING") or "gzip"
  for path in string.gmatch(os.getenv("PAGES") or "/", "%S+") do
    requests[#requests + 1] = wrk.format("GET", path, { ["Accept-Encoding"] = encoding })
  end
  n = math.random(#requests) - 1
end

function request()
  n = n % #requests + 1
  return requests[n]
end
