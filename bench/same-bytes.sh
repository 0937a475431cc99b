# Sourced (not run) by bench/page-vs-nginx.sh and bench/profile-page-hit.sh: fetches the page
# convene serves in each encoding and writes an nginx configuration that serves exactly those
# bytes with the same headers, so that the two servers are compared on the same work.
#
#   same_bytes_fetch URL WORK
#       saves WORK/www/page.{identity,gzip,br} and sets the global associative arrays
#       ctype, cenc, size and header_lines (nginx add_header lines) per encoding.
#   same_bytes_nginx_conf WORK PORT PAGE [TOP_LEVEL_LINES]
#       writes WORK/nginx/nginx.conf: one worker, no access log, the page at PAGE on
#       127.0.0.1:PORT; TOP_LEVEL_LINES go before `events` (e.g. "master_process off;").
#
# Needs: curl, awk, python3.

SAME_BYTES_ENCODINGS=(identity gzip br)

# same_bytes_header NAME FILE: value of a response header (last response, case-insensitive).
same_bytes_header() {
  awk -v name="$1" 'BEGIN { IGNORECASE = 1 }
    tolower($0) ~ "^" tolower(name) ":" { sub(/^[^:]*:[ \t]*/, ""); sub(/\r$/, ""); v = $0 }
    END { print v }' "$2"
}

same_bytes_fetch() {
  local url="$1" work="$2" enc code want
  declare -gA ctype cenc size header_lines
  mkdir -p "$work/www"
  chmod 755 "$work" "$work/www" # nginx workers run as an unprivileged user and read www/
  for enc in "${SAME_BYTES_ENCODINGS[@]}"; do
    code="$(curl -sS --max-time 10 -D "$work/h.$enc" -o "$work/www/page.$enc" \
      -H "Accept-Encoding: $enc" -w '%{http_code}' "$url")"
    [ "$code" = 200 ] || { echo "bench: GET $url ($enc) answered $code" >&2; return 1; }
    chmod 644 "$work/www/page.$enc"
    ctype[$enc]="$(same_bytes_header Content-Type "$work/h.$enc")"
    cenc[$enc]="$(same_bytes_header Content-Encoding "$work/h.$enc")"
    size[$enc]="$(stat -c %s "$work/www/page.$enc")"
    want="$enc"; [ "$enc" = identity ] && want=""
    if [ "${cenc[$enc]}" != "$want" ]; then
      echo "bench: WARNING: Accept-Encoding: $enc got Content-Encoding '${cenc[$enc]}'" >&2
    fi
    echo "bench: $enc: ${size[$enc]} bytes, Content-Type '${ctype[$enc]}', Content-Encoding '${cenc[$enc]}'"
    # nginx repeats convene's response headers (Content-Encoding, Vary, caching, security
    # headers, ETag), so both send about the same header bytes too; it sets Content-Type
    # (default_type), Content-Length, Date and Connection itself.
    header_lines[$enc]="$(python3 - "$work/h.$enc" <<'PY'
import sys
skip = {"content-type", "content-length", "date", "connection", "keep-alive",
        "transfer-encoding", "server", "last-modified", "accept-ranges"}
lines = open(sys.argv[1], encoding="latin-1", newline="").read().split("\r\n\r\n")[-2].split("\r\n")[1:]
for line in lines:
    name, _, value = line.partition(":")
    if not name or name.lower() in skip:
        continue
    value = value.strip().replace("\\", "\\\\").replace('"', '\\"')
    print(f'add_header {name.strip()} "{value}" always;')
PY
)"
  done
  if [ "${ctype[identity]}" != "${ctype[gzip]}" ] || [ "${ctype[identity]}" != "${ctype[br]}" ]; then
    echo "bench: Content-Type differs between encodings" >&2
    return 1
  fi
}

same_bytes_nginx_conf() {
  local work="$1" port="$2" page="$3" top="${4:-}"
  mkdir -p "$work/nginx/tmp"
  # One location per encoding, each with its own file and Content-Encoding; the page's path
  # picks the location from Accept-Encoding (nginx-light has no brotli module and needs none).
  cat >"$work/nginx/nginx.conf" <<EOF
worker_processes 1;
daemon off;
$top
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  server_tokens off;
  sendfile on;
  tcp_nopush on;
  tcp_nodelay on;
  keepalive_timeout 65;
  keepalive_requests 10000000;
  gzip off;
  etag off;
  client_body_temp_path $work/nginx/tmp/body;
  proxy_temp_path $work/nginx/tmp/proxy;
  fastcgi_temp_path $work/nginx/tmp/fastcgi;
  uwsgi_temp_path $work/nginx/tmp/uwsgi;
  scgi_temp_path $work/nginx/tmp/scgi;
  types { }
  map \$http_accept_encoding \$variant {
    default     identity;
    "~*\\bbr\\b" br;
    "~*\\bgzip\\b" gzip;
  }
  server {
    listen 127.0.0.1:$port reuseport backlog=4096;
    root $work/www;
    location = $page { rewrite ^ /_variant/\$variant last; }
    location = /_variant/identity {
      internal;
      default_type "${ctype[identity]}";
      ${header_lines[identity]}
      alias $work/www/page.identity;
    }
    location = /_variant/gzip {
      internal;
      default_type "${ctype[gzip]}";
      ${header_lines[gzip]}
      alias $work/www/page.gzip;
    }
    location = /_variant/br {
      internal;
      default_type "${ctype[br]}";
      ${header_lines[br]}
      alias $work/www/page.br;
    }
    location / { return 404; }
  }
}
EOF
}
