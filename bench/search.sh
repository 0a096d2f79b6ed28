#!/usr/bin/env bash
# Search at scale: N generated published items (default 100,000) in realistic Vietnamese, a full rebuild with
# the `reindex` verb, then 1,000 mixed queries through /api/search (snippets, facets, filters, sorting,
# phrases, exclusions, misspellings, document numbers) and the memory of the running site.
#
#   N=100000 bash bench/search.sh
#
# Prints figures; asserts nothing. Loopback only. Goals: p95 <= 15 ms, rebuild <= 60 s, site <= 600 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-100000}
port=${PORT:-5219}
work=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
export Cchc__DataPath="$work/data" Cchc__Admin__Email=bench@cchc.local Cchc__Admin__Password=bench-quantri-2026 \
       Cchc__Search__ApiRequestsPerMinute=1000000 Logging__LogLevel__Default=Warning

dotnet publish src/CchcPublic.Web -c Release -o "$work/site" --nologo -v quiet >/dev/null
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; SQLite; Release build; N=$N"
# First start creates and seeds the database (44 seed items); then the generated items go straight in.
dotnet "$work/site/CchcPublic.Web.dll" help --contentRoot "$work/site" >/dev/null
python3 bench/generate-search-db.py "$work/data/cchc.db" "$N" umbraco-config/seed

/usr/bin/time -f "reindex peak memory: %M KB" dotnet "$work/site/CchcPublic.Web.dll" reindex --contentRoot "$work/site" 2>&1 | grep -v '^\[' | sed 's/^/reindex: /'
echo "index size on disk: $(du -sh "$work/data/index" | cut -f1)"

dotnet "$work/site/CchcPublic.Web.dll" --urls "http://127.0.0.1:$port" --contentRoot "$work/site" > "$work/site.log" 2>&1 &
pid=$!
until curl -sf "http://127.0.0.1:$port/api/search?q=PAPI" >/dev/null; do kill -0 "$pid" || { cat "$work/site.log"; exit 1; }; sleep 0.2; done
python3 bench/search-queries.py "$port" 1000
echo "site memory: $(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status") MB now, peak $(awk '/VmHWM/ {print int($2/1024)}' "/proc/$pid/status") MB (resident)"
# Resident memory counts the index files Lucene maps, which are the kernel's reclaimable page cache;
# the process's own (anonymous) memory is what it cannot give back.
echo "  of which own memory (RssAnon): $(awk '/RssAnon/ {print int($2/1024)}' "/proc/$pid/status") MB; mapped index and other files (RssFile): $(awk '/RssFile/ {print int($2/1024)}' "/proc/$pid/status") MB"
