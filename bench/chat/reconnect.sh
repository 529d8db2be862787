#!/usr/bin/env bash
# Reconnect storm: N chat clients of an instance that is stopped (SIGTERM, or SIGKILL) come back at once, through
# HAProxy, on the other instance (both on one database and Redis), while some of them keep writing; afterwards
# the database is compared with what every client received (nothing acknowledged lost, no gap after resume), and
# the stopped instance is started again. Compared with a raw Vert.x server accepting and subscribing the same
# number (bench/chat/RawBroadcastServer.java). Loopback only; bounded in time; stops what it started.
#
# Usage: bench/chat/reconnect.sh [clients] [param=value ...]   (default 5000; params: inflight, hangSeconds,
#   stop=term|kill, senders, sendEveryMs; see ReconnectStorm.java)
# Environment: BENCH_DB_HOST (default 127.0.0.1), BENCH_REDIS_CHANNEL (default kommunalmesse:chat:bench-storm),
#   BENCH_PORT_BASE (default 8170: raw +0, instance A +1, instance B +2, HAProxy +3, statistics +4), BENCH_DB_NAME
#   (default kommunalmesse_bench_storm, dropped and created),
#   BENCH_CONNECT: a (default: every client connects to instance A directly, so that all N are in the storm) or
#   lb (through HAProxy, spread over both instances: about half are in the storm).
#   BENCH_JFR=1: instance B, which takes the storm, records a JFR profile ($OUT/app-b.jfr).
set -euo pipefail
cd "$(dirname "$0")/../.."

CLIENTS="${1:-5000}"
[ $# -gt 0 ] && shift
PARAMS=("$@")
BASE="${BENCH_PORT_BASE:-8170}"
RAW_PORT=$BASE; A_PORT=$((BASE + 1)); B_PORT=$((BASE + 2)); LB_PORT=$((BASE + 3)); STATS_PORT=$((BASE + 4))
DB_HOST="${BENCH_DB_HOST:-127.0.0.1}"
DB="${BENCH_DB_NAME:-kommunalmesse_bench_storm}"
DB_URL="jdbc:mariadb://$DB_HOST:3306/$DB"
REDIS_CHANNEL="${BENCH_REDIS_CHANNEL:-kommunalmesse:chat:bench-storm}"
BOOTHS=100
OUT=target/bench-storm
SERVER_JAVA=(java -Xms512m -Xmx2g -XX:+UseG1GC)
mkdir -p "$OUT"
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
HAPROXY="$(command -v haproxy || echo /usr/sbin/haproxy)"
[ -x "$HAPROXY" ] || { echo "HAProxy is needed: apt-get install haproxy" >&2; exit 1; }

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests -DskipFrontend
CP_FILE=target/bench-classpath.txt
[ -f "$CP_FILE" ] || ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=runtime >/dev/null
CP="$(cat "$CP_FILE")"
rm -rf "$OUT/classes" && mkdir -p "$OUT/classes"
javac -nowarn -d "$OUT/classes" -cp "$CP" bench/chat/ChatBench.java bench/chat/ReconnectStorm.java
BENCH_CP="$OUT/classes:$CP"

stop() { # pid: TERM, and KILL when it has not ended after 30 s
  kill "$1" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$1" 2>/dev/null || break; sleep 1; done
  kill -9 "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do stop "$pid"; done; }
trap cleanup EXIT
wait_ready() { # url, seconds, log
  for _ in $(seq 1 "$2"); do curl -fs -o /dev/null "$1" && return 0; sleep 1; done
  tail -30 "$3"; return 1
}
storm() { # name, connect port, resume port, keys, pid to stop
  timeout 900 java -Xmx2g -cp "$BENCH_CP" ReconnectStorm "$1" "$2" "$3" "$4" "$5" "$CLIENTS" "$BOOTHS" \
    "$OUT/$1.properties" "db=$DB_URL" "${PARAMS[@]}" 2>&1 | tee "$OUT/$1-generator.log"
}
echo "== $CLIENTS clients; load average at start: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"

rm -rf "$OUT/keys" "$OUT"/*.properties
java -cp "$BENCH_CP" ChatBench keys "$OUT/keys"

echo "== baseline: raw Vert.x server on 127.0.0.1:$RAW_PORT accepts and subscribes $CLIENTS clients"
"${SERVER_JAVA[@]}" -cp "$CP" bench/chat/RawBroadcastServer.java "$RAW_PORT" > "$OUT/raw-server.log" 2>&1 &
RAW=$!; PIDS+=("$RAW")
# Its own log line, not an open port, says it listens: another process may hold the port
for _ in $(seq 1 60); do grep -q "listening" "$OUT/raw-server.log" && break
  kill -0 "$RAW" 2>/dev/null || { tail -5 "$OUT/raw-server.log"; exit 1; }; sleep 1; done
storm raw "$RAW_PORT" "$RAW_PORT" none 0
stop "$RAW"

echo "== the app: instances A ($A_PORT) and B ($B_PORT) behind HAProxy ($LB_PORT), fresh database $DB"
mariadb -h "$DB_HOST" -uroot -e "DROP DATABASE IF EXISTS $DB"
app() { # port, log, extra JVM options
  QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$1 \
  QUARKUS_DATASOURCE_JDBC_URL="$DB_URL?createDatabaseIfNotExist=true" \
  QUARKUS_OIDC_AUTH_SERVER_URL= \
  KOMMUNALMESSE_OIDC_PUBLIC_AUTHORITY=http://localhost:8184/realms/kommunalmesse \
  QUARKUS_OIDC_PUBLIC_KEY="$(cat "$OUT/keys/public.b64")" \
  QUARKUS_OIDC_TOKEN_ISSUER=kommunalmesse-chat-bench \
  KOMMUNALMESSE_CHAT_REDIS_ENABLED=true KOMMUNALMESSE_CHAT_REDIS_CHANNEL="$REDIS_CHANNEL" \
  KOMMUNALMESSE_DEMO_DATA_ENABLED=false QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
    "${SERVER_JAVA[@]}" ${3:-} -jar target/quarkus-app/quarkus-run.jar > "$2" 2>&1 &
  PIDS+=($!)
}
app "$A_PORT" "$OUT/app-a.log"; A=$!
wait_ready "http://127.0.0.1:$A_PORT/q/health/ready" 120 "$OUT/app-a.log"
java -cp "$BENCH_CP" ChatBench seed "$DB_URL" "$BOOTHS"
B_JFR=""
[ -n "${BENCH_JFR:-}" ] && B_JFR="-XX:StartFlightRecording=filename=$OUT/app-b.jfr,settings=profile"
app "$B_PORT" "$OUT/app-b.log" "$B_JFR"
wait_ready "http://127.0.0.1:$B_PORT/q/health/ready" 120 "$OUT/app-b.log"
template="$(cat deploy/haproxy/haproxy.cfg.template)"
template="${template//@BIND@/127.0.0.1}"; template="${template//@APP_PORT@/$LB_PORT}"
template="${template//@STATS_PORT@/$STATS_PORT}"
printf '%s\n' "${template//@SERVERS@/    server app-a 127.0.0.1:$A_PORT check
    server app-b 127.0.0.1:$B_PORT check}" > "$OUT/haproxy.cfg"
"$HAPROXY" -db -f "$OUT/haproxy.cfg" > "$OUT/haproxy.log" 2>&1 &
PIDS+=($!)
wait_ready "http://127.0.0.1:$LB_PORT/q/health/ready" 30 "$OUT/haproxy.log"
# By default the clients connect to A directly, so that all of them are A's; they come back through HAProxy
CONNECT_PORT=$A_PORT
[ "${BENCH_CONNECT:-a}" = lb ] && CONNECT_PORT=$LB_PORT
storm app "$CONNECT_PORT" "$LB_PORT" "$OUT/keys" "$A"

echo "== instance A is started again and rejoins HAProxy"
restart=$SECONDS
kill -0 "$A" 2>/dev/null && stop "$A"
app "$A_PORT" "$OUT/app-a-restart.log"; A=$!
wait_ready "http://127.0.0.1:$A_PORT/q/health/ready" 180 "$OUT/app-a-restart.log"
for _ in $(seq 1 30); do
  curl -fs "http://127.0.0.1:$STATS_PORT/;csv" | grep -q '^instances,app-a,.*,UP,' && break; sleep 1
done
echo "instance A ready and UP in HAProxy $((SECONDS - restart)) s after its start"

echo "== summary (load average now $(cut -d' ' -f1-3 /proc/loadavg))"
raw=$(grep '^connect.seconds=' "$OUT/raw.properties" | cut -d= -f2)
storm_s=$(grep '^storm.seconds=' "$OUT/app.properties" | cut -d= -f2 || echo "")
first=$(grep '^connect.seconds=' "$OUT/app.properties" | cut -d= -f2)
prop() { grep "^$2=" "$OUT/$1.properties" | cut -d= -f2- || echo "?"; }
echo "| clients | stop | clients in the storm | raw Vert.x: connect + subscribe | app: first connect | app: storm | storm / raw | hung (raw / app connect / app storm) | acked / lost / missing deliveries | error frames | connect failures |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
echo "| $CLIENTS | $(prop app stop) | $(prop app storm.clients) | $raw s | $first s | ${storm_s:-?} s |" \
  "$(awk -v a="${storm_s:-0}" -v b="$raw" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "?" }') x |" \
  "$(prop raw connect.hung) / $(prop app connect.hung) / $(prop app storm.hung) |" \
  "$(prop app messages.acked) / $(prop app messages.lost) / $(prop app deliveries.missing) | $(prop app error.codes) | $(prop app connect.failures) |"
