#!/usr/bin/env bash
# Public page speed: generates N published articles (default 20,000), runs the site in Release on SQLite,
# and measures with wrk (-t2 -c64 -d15s, loopback) the home page, a listing page and an article page,
# next to nginx serving the same article HTML as a static file; then the article again with output
# caching off. Prints requests/s, p50, p99, the ratio to nginx, and the site's memory.
#
#   N=20000 bash bench/pages.sh
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-20000}
port=${PORT:-5394}
nginx_port=$((port + 1))
for tool in wrk nginx; do
  command -v "$tool" >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" >/dev/null; }
done
work=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
export Cchc__DataPath="$work/data" Cchc__Admin__Password=bench-quantri-2026 Cchc__Content__ImportSeed=false Logging__LogLevel__Default=Warning

python3 bench/generate-content.py "$work/content" "$N"
dotnet publish src/CchcPublic.Web -c Release -o "$work/site" --nologo -v quiet >/dev/null
dotnet "$work/site/CchcPublic.Web.dll" import "$work/content" --contentRoot "$work/site" > "$work/import.log"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; SQLite; Release; $(tail -n 1 "$work/import.log")"

run_site() {
  dotnet "$work/site/CchcPublic.Web.dll" --urls "http://127.0.0.1:$port" --contentRoot "$work/site" "$@" > "$work/site.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do kill -0 "$pid" || { cat "$work/site.log"; exit 1; }; sleep 0.1; done
}
stop_site() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }

declare -A rps
measure() {
  local name=$1 url=$2 result status
  status=$(curl -s -o /dev/null -w '%{http_code}' "$url")
  [ "$status" = 200 ] || { echo "$name: $url answers $status, not measured"; return 1; }
  # Warm up first (JIT tiering, caches), then measure the steady state.
  wrk -t2 -c64 -d10s "$url" >/dev/null
  result=$(wrk -t2 -c64 -d15s --latency "$url")
  rps[$name]=$(awk '/Requests\/sec/ {print $2}' <<<"$result")
  echo "$name: ${rps[$name]} req/s, p50 $(awk '$1 == "50%" {print $2}' <<<"$result"), p99 $(awk '$1 == "99%" {print $2}' <<<"$result")$(grep -E 'Non-2xx|Socket errors' <<<"$result" | sed 's/^/; /' | tr '\n' ' ')"
}

article="/tin-tuc/bai-thu-11"
run_site
measure "home (cached)" "http://127.0.0.1:$port/"
measure "listing /tin-tuc?trang=50 (cached)" "http://127.0.0.1:$port/tin-tuc?trang=50"
measure "article (cached)" "http://127.0.0.1:$port$article"
curl -s "http://127.0.0.1:$port$article" > "$work/article.html"
echo "site memory after load: $(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 )) MiB RSS (peak $(( $(awk '/VmHWM/ {print $2}' /proc/$pid/status) / 1024 )) MiB)"
stop_site

mkdir -p "$work/static"
cp "$work/article.html" "$work/static/article.html"
# nginx's workers run as an unprivileged user: the temporary folder must be readable by it.
chmod 755 "$work" "$work/static"
chmod 644 "$work/static/article.html"
cat > "$work/nginx.conf" <<NGINX
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  types { text/html html; }
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/static;
    location = /article.html { default_type "text/html; charset=utf-8"; }
  }
}
NGINX
nginx -c "$work/nginx.conf"
measure "nginx, same article bytes" "http://127.0.0.1:$nginx_port/article.html"
kill "$(cat "$work/nginx.pid")"
rm -f "$work/nginx.pid"
echo "cached article / nginx: $(python3 -c "print(f'{${rps["article (cached)"]} / ${rps["nginx, same article bytes"]}:.2f}')")x"

run_site --Cchc:OutputCache=false
measure "article (output caching off)" "http://127.0.0.1:$port$article"
measure "listing (output caching off)" "http://127.0.0.1:$port/tin-tuc?trang=50"
echo "site memory, caching off: $(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 )) MiB RSS (peak $(( $(awk '/VmHWM/ {print $2}' /proc/$pid/status) / 1024 )) MiB)"
echo "article size: $(wc -c < "$work/article.html") bytes"
