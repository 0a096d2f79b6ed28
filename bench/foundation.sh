#!/usr/bin/env bash
# Foundation figures: cold start to a healthy site on an empty data folder, resident memory, and
# throughput/latency of the home page and the hotline directory, measured with wrk on loopback.
#
#   bash bench/foundation.sh            (Release build, SQLite, 2 threads, 32 connections, 10 s per page)
#
# Prints figures; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

port=${PORT:-5391}
data=$(mktemp -d)
out=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data" "$out"' EXIT

dotnet publish src/CchcPublic.Web -c Release -o "$out" --nologo -v quiet >/dev/null
start=$(date +%s%N)
Cchc__DataPath="$data" Cchc__Admin__Password="bench-quantri-2026" Logging__LogLevel__Default=Warning \
  dotnet "$out/CchcPublic.Web.dll" --urls "http://127.0.0.1:$port" --contentRoot "$out" >"$data/site.log" 2>&1 &
pid=$!
until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do
  kill -0 "$pid" 2>/dev/null || { cat "$data/site.log"; exit 1; }
  sleep 0.05
done
ready=$(( ($(date +%s%N) - start) / 1000000 ))
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(dotnet --version) SDK; Release build"
echo "cold start to healthy (migrate + load umbraco-config + first admin): ${ready} ms"
echo "memory after start: $(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 )) MiB RSS"

for path in / /duong-day-nong; do
  curl -s -o /dev/null "http://127.0.0.1:$port$path"   # warm up
  result=$(wrk -t2 -c32 -d10s --latency "http://127.0.0.1:$port$path")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$result")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$result")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$result")
  errors=$(grep -E "Non-2xx|Socket errors" <<<"$result" || true)
  echo "GET $path: ${rps} req/s, p50 ${p50}, p99 ${p99} (wrk -t2 -c32 -d10s)${errors:+; $errors}"
done
echo "memory after load: $(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 )) MiB RSS"
