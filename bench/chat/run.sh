#!/usr/bin/env bash
# Chat benchmark: the same WebSocket load against a raw Vert.x broadcast server (the physical-limit
# baseline) and against the packaged app, one after the other in one run; then one summary table.
# Loopback only; bounded in time; stops what it started.
#
# Usage: bench/chat/run.sh [full|smoke] [param=value ...]
#   full   10,000 connections: stage 2,000 subscribers at 20 msg/s, 100 booths x 20 users at 1 msg/s each
#   smoke  600 connections, short windows: checks the set-up in under a minute per server
#   param=value overrides a size, e.g. connections=5000 measure=30 steps=100,200 (see ChatBench.Params);
#   the app's run also measures the organiser dashboard (dashboardViewers=20, 0 turns it off;
#   dashboardWatchOnly=1: an admin watches it without the extra viewers)
# Environment: BENCH_JFR=1 records a JFR profile of the app (target/bench-chat/app.jfr),
#   BENCH_DB_HOST (default 127.0.0.1), BENCH_SERVERS="raw app" (either alone skips the other).
set -euo pipefail
cd "$(dirname "$0")/../.."

PROFILE="${1:-full}"
[ $# -gt 0 ] && shift
case "$PROFILE" in
  full) PARAMS=() ;;
  smoke) PARAMS=(connections=600 stageSubscribers=200 booths=10 boothUsers=20 warmup=3 measure=10 steps=50,100,200,400,800
                 stepSeconds=5) ;;
  *) echo "usage: bench/chat/run.sh [full|smoke] [param=value ...]" >&2; exit 2 ;;
esac
PARAMS+=("$@")

APP_PORT=8084
RAW_PORT=8094
DB_HOST="${BENCH_DB_HOST:-127.0.0.1}"
DB=kommunalmesse_bench_chat
DB_URL="jdbc:mariadb://$DB_HOST:3306/$DB"
SERVERS="${BENCH_SERVERS:-raw app}"
OUT=target/bench-chat
# Both servers get the same JVM: heap sized for 10,000 connections, G1 so that jcmd reports one heap figure
SERVER_JAVA=(java -Xms512m -Xmx2g -XX:+UseG1GC)
GENERATOR_JAVA=(java -Xms512m -Xmx2g -XX:+UseG1GC)
# Hard bound of one load run (connect, warm-up, measured window, fan-out steps, close)
RUN_BUDGET=900
mkdir -p "$OUT"

# --- Limits: one file descriptor per connection on each side ---------------------------------------
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
echo "== open files limit: $(ulimit -n); ephemeral ports: $(cat /proc/sys/net/ipv4/ip_local_port_range | tr '\t' '-')" \
  "(the generator spreads its connections over 127.0.0.1-4)"

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests -DskipFrontend
CP_FILE=target/bench-classpath.txt
[ -f "$CP_FILE" ] || ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=runtime >/dev/null
CP="$(cat "$CP_FILE")"

stop() { # pid: TERM, and KILL when it has not ended after 30 s
  kill "$1" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$1" 2>/dev/null || break; sleep 1; done
  if kill -0 "$1" 2>/dev/null; then echo "== process $1 did not stop within 30 s: killed"; kill -9 "$1" 2>/dev/null || true; fi
  wait "$1" 2>/dev/null || true
}
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do stop "$pid"; done; }
trap cleanup EXIT
wait_port() { # port, seconds, log
  for _ in $(seq 1 "$2"); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 1; done
  tail -30 "$3"; return 1
}
load() { # name, port, key dir, pid, [param=value of this server ...]
  timeout "$RUN_BUDGET" "${GENERATOR_JAVA[@]}" -cp "$CP" bench/chat/ChatBench.java load "$1" "$2" "$3" "$4" \
    "$OUT/$1.properties" "${@:5}" "${PARAMS[@]}" 2>&1 | tee "$OUT/$1-generator.log"
}
echo "== load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

rm -rf "$OUT/keys" "$OUT"/*.properties
java -cp "$CP" bench/chat/ChatBench.java keys "$OUT/keys"
RESULTS=()

if [[ " $SERVERS " == *" raw "* ]]; then
  echo "== raw Vert.x broadcast server on 127.0.0.1:$RAW_PORT"
  "${SERVER_JAVA[@]}" -cp "$CP" bench/chat/RawBroadcastServer.java "$RAW_PORT" > "$OUT/raw-server.log" 2>&1 &
  RAW=$!
  PIDS+=("$RAW")
  wait_port "$RAW_PORT" 60 "$OUT/raw-server.log"
  load raw "$RAW_PORT" "$OUT/keys" "$RAW"
  stop "$RAW"
  RESULTS+=("$OUT/raw.properties")
fi

if [[ " $SERVERS " == *" app "* ]]; then
  echo "== the app on 127.0.0.1:$APP_PORT against $DB_URL (fresh database)"
  mariadb -h "$DB_HOST" -uroot -e "DROP DATABASE IF EXISTS $DB"
  JFR=()
  [ -n "${BENCH_JFR:-}" ] && JFR=(-XX:StartFlightRecording=filename=$OUT/app.jfr,settings=default)
  # OIDC verifies the bench's RS256 tokens with the public key of $OUT/keys instead of fetching Keycloak's
  # keys (Quarkus uses a configured public key only without auth-server-url, and then opens no server
  # connection); issuer, audience, expiry and roles are checked as in production. The
  # booth scenario posts 1 msg/s per user, above the production limit of 5 per 10 s, so the limit is raised.
  QUARKUS_HTTP_HOST=127.0.0.1 \
  QUARKUS_HTTP_PORT=$APP_PORT \
  QUARKUS_DATASOURCE_JDBC_URL="$DB_URL?createDatabaseIfNotExist=true" \
  QUARKUS_OIDC_AUTH_SERVER_URL= \
  KOMMUNALMESSE_OIDC_PUBLIC_AUTHORITY=http://localhost:8184/realms/kommunalmesse \
  QUARKUS_OIDC_PUBLIC_KEY="$(cat "$OUT/keys/public.b64")" \
  QUARKUS_OIDC_TOKEN_ISSUER=kommunalmesse-chat-bench \
  KOMMUNALMESSE_CHAT_RATE_LIMIT_MESSAGES=30 \
  KOMMUNALMESSE_DEMO_DATA_ENABLED=false \
  QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
    "${SERVER_JAVA[@]}" "${JFR[@]}" -jar target/quarkus-app/quarkus-run.jar > "$OUT/app-server.log" 2>&1 &
  APP=$!
  PIDS+=("$APP")
  for _ in $(seq 1 120); do curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/q/health/ready" && break; sleep 1; done
  curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/q/health/ready" || { tail -30 "$OUT/app-server.log"; exit 1; }
  BOOTHS=100
  for p in "${PARAMS[@]}"; do [[ "$p" == booths=* ]] && BOOTHS="${p#booths=}"; done
  java -cp "$CP" bench/chat/ChatBench.java seed "$DB_URL" "$BOOTHS"
  # An admin watches the organiser dashboard while 20 extra stage viewers come and go (dashboardViewers=0: not)
  load app "$APP_PORT" "$OUT/keys" "$APP" dashboardViewers=20
  stop "$APP"
  RESULTS+=("$OUT/app.properties")
fi

echo "== summary (machine: $(nproc) cores; load average now $(cut -d' ' -f1-3 /proc/loadavg))"
java -cp "$CP" bench/chat/ChatBench.java summary "${RESULTS[@]}" | tee "$OUT/summary.md"
