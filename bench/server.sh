# Sourced by the benchmark scripts: starts and stops the packaged Helpdesk (bin/helpdesk run) on a fresh data
# directory with the rate limits off. Uses ROOT, WORK, PORT, JMS_PORT and JAVA_OPTS of the script that sources it,
# and BENCH_WAR when set (a WAR to run instead of the product's: bench/run's, with POST /api/noop); sets SERVER_PID.
# start_server LABEL [NAME=VALUE...]: the extra settings go to the server's environment.

SERVER_PID=""

log() { echo "bench: $*" >&2; }

start_server() {
    local label="$1"
    shift
    rm -rf "$WORK/$label"
    mkdir -p "$WORK/$label"
    log "starting Helpdesk on $label${BENCH_WAR:+ with $(basename "$BENCH_WAR")} (output $WORK/$label/server.log, Payara's log $WORK/$label/data/logs/helpdesk.log.0)"
    env -u HELPDESK_DB_URL -u HELPDESK_DB_USER -u HELPDESK_DB_PASSWORD \
        HELPDESK_HTTP_PORT="$PORT" HELPDESK_JMS_PORT="$JMS_PORT" HELPDESK_DATA_DIR="$WORK/$label/data" \
        HELPDESK_RATE_PER_IP_PER_MINUTE=1000000000 HELPDESK_RATE_PER_PHONE_PER_HOUR=1000000000 \
        HELPDESK_JAVA_OPTS="$JAVA_OPTS" ${BENCH_WAR:+HELPDESK_WAR="$BENCH_WAR"} "$@" \
        "$ROOT/bin/helpdesk" run >"$WORK/$label/server.log" 2>&1 &
    SERVER_PID=$!
    local started=$SECONDS
    until curl -fs -o /dev/null "http://127.0.0.1:$PORT/api/health"; do
        kill -0 "$SERVER_PID" 2>/dev/null || { log "the server exited; see $WORK/$label/server.log and $WORK/$label/data/logs/"; exit 1; }
        ((SECONDS - started < 300)) || { log "no answer from /api/health after 300 s"; exit 1; }
        sleep 1
    done
    log "up after $((SECONDS - started)) s"
}

stop_server() {
    [[ -n "$SERVER_PID" ]] || return 0
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do
        kill -0 "$SERVER_PID" 2>/dev/null || break
        sleep 1
    done
    kill -KILL "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
}
