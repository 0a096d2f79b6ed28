#!/usr/bin/env bash
# Feedback handling at scale: N cases over two years (default 100,000) in SQLite, then the coordinator's inbox
# (first page, overdue filter, a title search), the statistics page for the last full year, the CSV and XLSX
# exports of that year and the printable report, and the site's memory.
#
#   N=100000 bash bench/handling.sh
#
# Prints figures; asserts nothing. Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-100000}
port=${PORT:-5393}
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
work=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
export Cchc__DataPath="$work/data" Cchc__Admin__Email=bench@cchc.local Cchc__Admin__Password=bench-quantri-2026 \
       Cchc__Content__ImportSeed=false Logging__LogLevel__Default=Warning
url="http://127.0.0.1:$port"

dotnet publish src/CchcPublic.Web -c Release -o "$work/site" --nologo -v quiet >/dev/null
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; SQLite; Release build; N=$N"

run_site() {
  dotnet "$work/site/CchcPublic.Web.dll" --urls "$url" --contentRoot "$work/site" > "$work/site.log" 2>&1 &
  pid=$!
  until curl -sf "$url/healthz" >/dev/null; do kill -0 "$pid" || { cat "$work/site.log"; exit 1; }; sleep 0.1; done
}
run_site
kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""

start=$(date +%s%N)
python3 bench/generate-cases.py "$work/data/cchc.db" "$N"
echo "generated in $(( ($(date +%s%N) - start) / 1000000 )) ms"
# The bench administrator also coordinates, so it sees the whole province's inbox.
python3 - "$work/data/cchc.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute('INSERT INTO "AspNetUserRoles" ("UserId", "RoleId") SELECT u."Id", r."Id" FROM "AspNetUsers" u, "AspNetRoles" r WHERE r."Name" = \'Coordinator\'')
db.commit()
PY
run_site

jar="$work/cookies"
token=$(curl -s -c "$jar" "$url/quan-tri/dang-nhap" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -n 1)
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "Form.Email=$Cchc__Admin__Email" --data-urlencode "Form.Password=$Cchc__Admin__Password" \
  --data-urlencode "__RequestVerificationToken=$token" "$url/quan-tri/dang-nhap"
cookie=$(awk '$6 ~ /^(cchc-auth|cchc-af)$/ {printf "%s=%s; ", $6, $7}' "$jar")

measure() {
  local name=$1 path=$2 connections=${3:-8}
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$url$path")
  [ "$status" = 200 ] || { echo "$name: answered $status, not measured"; return; }
  local result
  result=$(wrk -t2 -c"$connections" -d10s --latency -H "Cookie: $cookie" "$url$path")
  echo "$name: $(awk '/Requests\/sec/ {print $2}' <<<"$result") req/s, p50 $(awk '$1 == "50%" {print $2}' <<<"$result"), p99 $(awk '$1 == "99%" {print $2}' <<<"$result") (wrk -t2 -c$connections -d10s)$(grep -E 'Non-2xx' <<<"$result" | sed 's/^/; /')"
}
year=$(( $(date +%Y) - 1 ))
period="tu-ngay=$year-01-01&den-ngay=$year-12-31"
in_year=$(python3 -c "import sqlite3,sys; print(sqlite3.connect('$work/data/cchc.db').execute(\"SELECT COUNT(*) FROM FeedbackCases WHERE ReceivedUtc >= '$((year - 1))-12-31 17:00' AND ReceivedUtc < '$year-12-31 17:00'\").fetchone()[0])")
open_cases=$(python3 -c "import sqlite3; print(sqlite3.connect('$work/data/cchc.db').execute(\"SELECT COUNT(*) FROM FeedbackCases WHERE Status NOT IN ('Answered','Closed','NotAccepted','Duplicate')\").fetchone()[0])")
echo "open cases: $open_cases; cases received in $year: $in_year"
measure "inbox, first page of open cases" "/quan-tri/phan-anh"
measure "inbox, overdue filter" "/quan-tri/phan-anh?han=qua-han"
measure "inbox, title search" "/quan-tri/phan-anh?q=khai%20sinh&trang-thai=tat-ca"
measure "statistics page, year $year" "/quan-tri/thong-ke?$period" 2
for handler in Csv Xlsx; do
  curl -s -o "$work/export" -w "$handler export of $year: %{time_total} s, %{size_download} bytes\n" -H "Cookie: $cookie" "$url/quan-tri/thong-ke?handler=$handler&$period"
done
curl -s -o /dev/null -w "printable report of $year: %{time_total} s\n" -H "Cookie: $cookie" "$url/quan-tri/thong-ke/bao-cao?$period"
echo "site memory: $(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 )) MiB RSS, peak $(( $(awk '/VmHWM/ {print $2}' /proc/$pid/status) / 1024 )) MiB"
echo "database: $(du -h "$work/data/cchc.db" | cut -f1)"
