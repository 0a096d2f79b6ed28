#!/usr/bin/env bash
# Content at scale: generates N articles (default 100,000; 90 % published), imports them with the CLI,
# then measures the back-office list (first page and a page deep in the keyset), the public section
# listing and an article page, and the memory of the running site.
#
#   N=100000 bash bench/content.sh
#
# Prints figures; asserts nothing. Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-100000}
port=${PORT:-5392}
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
work=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
export Cchc__DataPath="$work/data" Cchc__Admin__Email=bench@cchc.local Cchc__Admin__Password=bench-quantri-2026 \
       Cchc__Content__ImportSeed=false Logging__LogLevel__Default=Warning

python3 bench/generate-content.py "$work/content" "$N"
dotnet publish src/CchcPublic.Web -c Release -o "$work/site" --nologo -v quiet >/dev/null
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; SQLite; Release build; N=$N"

start=$(date +%s%N)
dotnet "$work/site/CchcPublic.Web.dll" import "$work/content" --contentRoot "$work/site" > "$work/import.log"
seconds=$(( ($(date +%s%N) - start) / 1000000 ))
echo "import: $(tail -n 1 "$work/import.log")"
echo "import time: $((seconds / 1000)).$(printf %03d $((seconds % 1000))) s ($(( N * 1000 / (seconds > 0 ? seconds : 1) )) items/s, one revision and one audit entry per item)"

start=$(date +%s%N)
dotnet "$work/site/CchcPublic.Web.dll" --urls "http://127.0.0.1:$port" --contentRoot "$work/site" > "$work/site.log" 2>&1 &
pid=$!
until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do kill -0 "$pid" || { cat "$work/site.log"; exit 1; }; sleep 0.1; done
echo "start with $N items in the database (snapshot of the published ones built): $(( ($(date +%s%N) - start) / 1000000 )) ms"

jar="$work/cookies"
token=$(curl -s -c "$jar" "http://127.0.0.1:$port/quan-tri/dang-nhap" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -n 1)
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "Form.Email=$Cchc__Admin__Email" --data-urlencode "Form.Password=$Cchc__Admin__Password" \
  --data-urlencode "__RequestVerificationToken=$token" "http://127.0.0.1:$port/quan-tri/dang-nhap"
cookie=$(awk '$6 ~ /^(cchc-auth|cchc-af)$/ {printf "%s=%s; ", $6, $7}' "$jar")

# A cursor half-way down the list, as an editor clicking "older" a thousand times would reach.
cursor=$(python3 - "$work/data/cchc.db" "$N" <<'PY'
import sqlite3, sys, datetime
db = sqlite3.connect(sys.argv[1])
updated, item = db.execute('SELECT "UpdatedUtc", "Id" FROM "ContentItems" ORDER BY "UpdatedUtc" DESC, "Id" DESC LIMIT 1 OFFSET ?', (int(sys.argv[2]) // 2,)).fetchone()
stamp, _, fraction = updated.partition('.')
moment = datetime.datetime.strptime(stamp, '%Y-%m-%d %H:%M:%S')
ticks = (moment - datetime.datetime(1, 1, 1)) // datetime.timedelta(microseconds=1) * 10 + int((fraction + '0000000')[:7]) % 10
print(f"{ticks}_{item}")
PY
)
measure() {
  local name=$1 url=$2
  curl -s -o /dev/null -H "Cookie: $cookie" "$url"
  local result
  result=$(wrk -t2 -c8 -d10s --latency -H "Cookie: $cookie" "$url")
  echo "$name: $(awk '/Requests\/sec/ {print $2}' <<<"$result") req/s, p50 $(awk '$1 == "50%" {print $2}' <<<"$result"), p99 $(awk '$1 == "99%" {print $2}' <<<"$result") (wrk -t2 -c8 -d10s)$(grep -E 'Non-2xx' <<<"$result" | sed 's/^/; /')"
}
first_status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "http://127.0.0.1:$port/quan-tri/noi-dung")
echo "back-office list answers $first_status when signed in"
measure "back-office list, first page" "http://127.0.0.1:$port/quan-tri/noi-dung"
measure "back-office list, page $((N / 2 / 50)) (keyset)" "http://127.0.0.1:$port/quan-tri/noi-dung?sau=$cursor"
measure "back-office list, filtered by status" "http://127.0.0.1:$port/quan-tri/noi-dung?trang-thai=Draft"
cookie=""
measure "public listing /tin-tuc page 100" "http://127.0.0.1:$port/tin-tuc?trang=100"
measure "public article page" "http://127.0.0.1:$port/tin-tuc/bai-thu-11"
echo "site memory: $(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 )) MiB RSS, peak $(( $(awk '/VmHWM/ {print $2}' /proc/$pid/status) / 1024 )) MiB"
echo "database: $(du -h "$work/data/cchc.db" | cut -f1)"
