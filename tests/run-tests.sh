#!/usr/bin/env bash
# Runs the CchcPublic test suite against a throwaway PostgreSQL and Redis.
#
#   tests/run-tests.sh [extra `dotnet test` args, e.g. --filter FullyQualifiedName~Home]
#
# It installs chromium, postgresql, redis-server and fonts-dejavu-core when
# missing, starts both servers on free 127.0.0.1 ports in a temp dir, exports
#   CCHC_TEST_POSTGRES  Npgsql connection string
#   CCHC_TEST_REDIS     host:port
#   CCHC_CHROMIUM       browser path for Playwright
# runs `dotnet test CchcPublic.sln`, then stops the servers and removes the
# temp dir. The last line printed is always "N passed, N failed, N skipped";
# the exit code is 0 only if nothing failed, something passed and dotnet test
# itself succeeded.
#
# Developer switch:
#   CCHC_TEST_ONLY_SERVICES=1 tests/run-tests.sh
#     installs/starts the services, checks them with psql and redis-cli,
#     prints the exported variables, then stops everything (no dotnet test).
set -euo pipefail

cd "$(dirname "$0")/.."

ONLY_SERVICES="${CCHC_TEST_ONLY_SERVICES:-}"
SVC_DIR=""          # temp dir holding pg data, sockets, redis pid and the test log
PG_BIN=""
PG_DATA=""
summary_printed=0

log() { echo "run-tests: $*"; }

# ---------------------------------------------------------------- install ---

pg_server_present() { ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; }
dejavu_present() {
    dpkg -s fonts-dejavu-core >/dev/null 2>&1 && return 0
    # grep without -q: an early grep exit would SIGPIPE fc-list and, with
    # pipefail, report "missing" although the font is there.
    command -v fc-list >/dev/null 2>&1 && fc-list 2>/dev/null | grep -i dejavu >/dev/null
}

install_missing() {
    local -a missing=()
    [[ -x /usr/bin/chromium ]]            || missing+=(chromium)
    pg_server_present                     || missing+=(postgresql)
    command -v redis-server >/dev/null    || missing+=(redis-server)
    dejavu_present                        || missing+=(fonts-dejavu-core)  # Vietnamese glyphs in screenshots
    ((${#missing[@]})) || return 0

    # apt output goes to a file so the run log stays readable; shown on failure.
    local apt_log
    apt_log=$(mktemp -t cchc-apt.XXXXXX)
    # Lock::Timeout waits for another apt run instead of failing at once.
    if ! { apt-get -o DPkg::Lock::Timeout=300 update &&
           DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 \
               install -y --no-install-recommends "${missing[@]}"; } \
           >"$apt_log" 2>&1; then
        cat "$apt_log" >&2
        rm -f "$apt_log"
        log "apt-get failed installing: ${missing[*]}" >&2
        return 1
    fi
    rm -f "$apt_log"
    local p
    for p in "${missing[@]}"; do log "installed $p"; done
}

# ----------------------------------------------------------------- ports ---

port_in_use() {
    if command -v ss >/dev/null 2>&1; then
        [[ -n "$(ss -Hltn "sport = :$1")" ]]
    else
        # No ss: a successful connect means something listens there.
        (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
    fi
}

# free_port START -> first port in START..START+49 nobody listens on.
free_port() {
    local p
    for ((p = $1; p < $1 + 50; p++)); do
        port_in_use "$p" || { echo "$p"; return 0; }
    done
    log "no free port in $1..$(($1 + 49))" >&2
    return 1
}

# -------------------------------------------------------------- postgres ---

# initdb/pg_ctl refuse to run as root, so they run as `postgres`; cd into the
# temp dir first so it does not complain about an unreadable cwd.
as_postgres() { (cd "$SVC_DIR" && runuser -u postgres -- "$@"); }

start_postgres() {
    PG_BIN=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/postgres | sort -V | tail -n 1)")
    PG_DATA="$SVC_DIR/pgdata"

    if ! as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -A trust -U postgres \
            --encoding=UTF8 --locale=C.UTF-8 >"$SVC_DIR/initdb.log" 2>&1; then
        # Some images lack the C.UTF-8 locale; plain C still stores UTF-8 fine.
        rm -rf "$PG_DATA"
        as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -A trust -U postgres \
            --encoding=UTF8 --locale=C >"$SVC_DIR/initdb.log" 2>&1 \
            || { cat "$SVC_DIR/initdb.log" >&2; return 1; }
    fi

    # Durability is pointless for a throwaway DB; turning it off speeds tests up.
    # -k puts the unix socket in our temp dir instead of /var/run/postgresql.
    # A port can be grabbed between the free check and the bind (e.g. two runs
    # at once), so a failed start moves on to the next free port.
    local attempt port=55432
    for ((attempt = 1; ; attempt++)); do
        PG_PORT=$(free_port "$port")
        rm -f "$SVC_DIR/postgres.log"   # fresh log per attempt for the grep below
        as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -w -l "$SVC_DIR/postgres.log" \
            -o "-h 127.0.0.1 -p $PG_PORT -k $SVC_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
            start >/dev/null 2>&1 && break
        if ((attempt == 5)) || ! grep -q 'Address already in use' "$SVC_DIR/postgres.log"; then
            cat "$SVC_DIR/postgres.log" >&2
            return 1
        fi
        port=$((PG_PORT + 1))
    done

    local i
    for ((i = 0; i < 100; i++)); do
        "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" && break
        sleep 0.1
    done
    "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" \
        || { log "postgres did not become ready" >&2; cat "$SVC_DIR/postgres.log" >&2; return 1; }

    export CCHC_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres;Pooling=true"
    log "postgres $(basename "$(dirname "$PG_BIN")") on 127.0.0.1:$PG_PORT"
}

# ----------------------------------------------------------------- redis ---

redis_ping() { [[ "$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null)" == PONG ]]; }

start_redis() {
    # Same port race as for postgres. With --daemonize the bind error happens
    # in the background child, so it is spotted in the log while waiting.
    local attempt i port=56379
    for ((attempt = 1; ; attempt++)); do
        REDIS_PORT=$(free_port "$port")
        : >"$SVC_DIR/redis.log"
        # No persistence: nothing written besides the pid and log files.
        redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no \
            --daemonize yes --pidfile "$SVC_DIR/redis.pid" --dir "$SVC_DIR" \
            --logfile "$SVC_DIR/redis.log"
        for ((i = 0; i < 100; i++)); do
            redis_ping && break
            grep -q 'Address already in use' "$SVC_DIR/redis.log" && break
            sleep 0.1
        done
        redis_ping && break
        if ((attempt == 5)) || ! grep -q 'Address already in use' "$SVC_DIR/redis.log"; then
            log "redis did not become ready" >&2
            cat "$SVC_DIR/redis.log" >&2
            return 1
        fi
        port=$((REDIS_PORT + 1))
    done

    export CCHC_TEST_REDIS="127.0.0.1:$REDIS_PORT"
    log "redis on $CCHC_TEST_REDIS"
}

# --------------------------------------------------------------- cleanup ---

# Idempotent and quiet, so it can run before the summary line and again from
# the EXIT trap without printing anything after that line.
stop_services() {
    [[ -n "$SVC_DIR" && -d "$SVC_DIR" ]] || return 0
    if [[ -n "$PG_DATA" && -f "$PG_DATA/postmaster.pid" ]]; then
        as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true
    fi
    if [[ -f "$SVC_DIR/redis.pid" ]]; then
        local pid i
        pid=$(cat "$SVC_DIR/redis.pid" 2>/dev/null || true)
        if [[ -n "$pid" ]] && kill "$pid" 2>/dev/null; then
            # Wait briefly so the port is really free when we return.
            for ((i = 0; i < 50; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        fi
    fi
    rm -rf "$SVC_DIR"
    SVC_DIR=""
}

on_exit() {
    local rc=$?
    stop_services
    # Anything that aborted the script early (install, service start) still
    # ends with the summary line so callers can always parse the last line.
    if ((summary_printed == 0)) && [[ -z "$ONLY_SERVICES" ]]; then
        echo "0 passed, 1 failed, 0 skipped"
        rc=1
    fi
    exit "$rc"
}
trap on_exit EXIT
trap 'exit 130' INT    # route signals through the EXIT trap
trap 'exit 143' TERM

# --------------------------------------------------------------- summary ---

# Reads `dotnet test` output on stdin, prints "PASSED FAILED SKIPPED FOUND"
# (FOUND is 0 when no summary was printed at all).
# With console verbosity=normal each test project prints a block like
#   Total tests: 4
#        Passed: 2
#        Failed: 1
#       Skipped: 1
# (zero counts are omitted); at minimal verbosity it prints instead
#   Failed!  - Failed:     1, Passed:     2, Skipped:     1, Total:     4, ...
# Both are summed over projects; the one-line form wins if present so a run
# with both loggers is not counted twice.
count_results() {
    awk '
        { gsub(/\033\[[0-9;]*[A-Za-z]/, "") }   # strip colours, just in case
        /^(Passed|Failed|Skipped)! +- Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+,/ {
            line = $0
            match(line, /Failed: +[0-9]+/);  mf += substr(line, RSTART + 7, RLENGTH - 7)
            match(line, /Passed: +[0-9]+/);  mp += substr(line, RSTART + 7, RLENGTH - 7)
            match(line, /Skipped: +[0-9]+/); ms += substr(line, RSTART + 8, RLENGTH - 8)
            minimal = 1; next
        }
        /^Total tests: /        { normal = 1; next }
        /^ +Passed: [0-9]+ *$/  { np += $2; normal = 1; next }
        /^ +Failed: [0-9]+ *$/  { nf += $2; normal = 1; next }
        /^ +Skipped: [0-9]+ *$/ { ns += $2; normal = 1; next }
        END {
            if (minimal)     print mp + 0, mf + 0, ms + 0, 1
            else if (normal) print np + 0, nf + 0, ns + 0, 1
            else             print 0, 0, 0, 0
        }'
}

# ------------------------------------------------------------------ main ---

install_missing

SVC_DIR=$(mktemp -d -t cchc-tests.XXXXXX)
chown postgres:postgres "$SVC_DIR"   # postgres writes its socket and log here
start_postgres
start_redis

if [[ -n "$ONLY_SERVICES" ]]; then
    "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -tAc 'select 1'
    redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping
    echo "CCHC_TEST_POSTGRES=$CCHC_TEST_POSTGRES"
    echo "CCHC_TEST_REDIS=$CCHC_TEST_REDIS"
    exit 0
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export CCHC_CHROMIUM=/usr/bin/chromium

test_log="$SVC_DIR/dotnet-test.log"
# set -e would abort on a failing pipeline before we read PIPESTATUS.
set +e
dotnet test CchcPublic.sln --logger "console;verbosity=normal" "$@" 2>&1 | tee "$test_log"
dotnet_rc=${PIPESTATUS[0]}
set -e

read -r passed failed skipped found < <(count_results <"$test_log")
if ((found == 0)); then
    log "no test summary found in dotnet test output"
    passed=0 failed=1
elif ((dotnet_rc != 0 && failed == 0)); then
    # Build error, crashed test host, etc.: no test reported failing, yet the run failed.
    log "dotnet test exited with $dotnet_rc"
    failed=1
fi

if ((failed > 0)); then
    # Repeat the failing tests (name, message, top of the stack) just before the
    # summary: CI shows only the tail of the output.
    echo "---- failing tests ----"
    sed 's/\x1b\[[0-9;]*[A-Za-z]//g' "$test_log" |
        awk '/^  Failed / { n = 30 } n > 0 { print; n-- }' | head -300
    echo "-----------------------"
fi

stop_services
summary_printed=1
echo "$passed passed, $failed failed, $skipped skipped"
((dotnet_rc == 0 && failed == 0 && passed > 0))
