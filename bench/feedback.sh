#!/usr/bin/env bash
# Feedback intake throughput: acknowledged submissions per second through the public form (the script
# fetches the form, solves the altcha proof of work and posts it) and through the Open311 API, with 16
# concurrent senders, on SQLite (the embedded default, synchronous=FULL) and on PostgreSQL (fsync on).
#
#   bash bench/feedback.sh              SECONDS=20 SENDERS=16 by default; SKIP_POSTGRES=1 to skip PostgreSQL
#
# The challenge's maxnumber is lowered to 1000 so the client's own hashing, on the same machine, does
# not hide the server's cost. Per-address and per-contact limits are raised for the run. Prints figures.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-5191}
seconds=${SECONDS_PER_RUN:-20}
senders=${SENDERS:-16}
key="bench-open311-key"
work=$(mktemp -d)
pid=""
pg_bin=""
cleanup() {
  [[ -n "$pid" ]] && { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
  [[ -n "$pg_bin" && -f "$work/pg/postmaster.pid" ]] && runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

dotnet publish src/CchcPublic.Web -c Release -o "$work/out" --nologo -v quiet >/dev/null

start_site() { # provider, connection string
  rm -rf "$work/data"; mkdir -p "$work/data"
  Cchc__DataPath="$work/data" Cchc__Admin__Password="bench-quantri-2026" Logging__LogLevel__Default=Warning \
  Cchc__Database__Provider="$1" ConnectionStrings__Default="$2" \
  Cchc__Feedback__SubmissionsPerIpPerHour=100000000 Cchc__Feedback__SubmissionsPerContactPerDay=1000 \
  Cchc__Feedback__Captcha__Altcha__MaxNumber=1000 Cchc__Open311__ApiKeys__bench="$key" \
    dotnet "$work/out/CchcPublic.Web.dll" --urls "http://127.0.0.1:$port" --contentRoot "$work/out" >"$work/site.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/site.log"; exit 1; }
    sleep 0.1
  done
}

stop_site() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }

measure() { # label
  echo "== $1"
  python3 bench/feedback_client.py 127.0.0.1 "$port" form "$senders" "$seconds"
  python3 bench/feedback_client.py 127.0.0.1 "$port" open311 "$senders" "$seconds" "$key"

}

echo "machine: $(nproc) cores; $(dotnet --version) SDK; Release build; client and server on the same machine"
start_site Sqlite ""
measure "SQLite (WAL, synchronous=FULL)"
stop_site

if [[ -z "${SKIP_POSTGRES:-}" ]]; then
  pg_bin=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/postgres | sort -V | tail -n 1)")
  chown postgres:postgres "$work"
  (cd "$work" && runuser -u postgres -- "$pg_bin/initdb" -D "$work/pg" -A trust -U postgres --encoding=UTF8 --locale=C >/dev/null)
  (cd "$work" && runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -w -l "$work/pg.log" -o "-h 127.0.0.1 -p 55499 -k $work" start >/dev/null)
  start_site Postgres "Host=127.0.0.1;Port=55499;Username=postgres;Database=postgres"
  measure "PostgreSQL $(basename "$(dirname "$pg_bin")") (fsync on, synchronous_commit on)"
  stop_site
fi
