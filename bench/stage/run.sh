#!/usr/bin/env bash
# Stage benchmark: a live-state change reaches N connected viewers of one stage (target: 5,000 viewers,
# p99 under 500 ms). Starts the packaged app on 127.0.0.1:8093 against a fresh database, connects the
# viewers with bench/stage/StageBench.java (built together with, and reusing, bench/chat/ChatBench.java:
# tokens, seed, histogram), switches the stage over REST and reports the delivery latency.
# Loopback only; bounded in time; stops what it started.
#
# Usage: bench/stage/run.sh [viewers=5000] [changes=20] [intervalMs=1000] [warmup=3]  (warm-up switches are not measured)
# Environment: BENCH_DB_HOST (default 127.0.0.1), BENCH_SKIP_BUILD=1 uses target/quarkus-app as it is.
set -euo pipefail
cd "$(dirname "$0")/../.."

APP_PORT=8093
DB_HOST="${BENCH_DB_HOST:-127.0.0.1}"
DB=km_stagelive_bench
DB_URL="jdbc:mariadb://$DB_HOST:3306/$DB"
OUT=target/bench-stage
RUN_BUDGET=600
mkdir -p "$OUT"

ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
echo "== open files limit: $(ulimit -n); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

[ -n "${BENCH_SKIP_BUILD:-}" ] || ./mvnw -B -q package -DskipTests -DskipFrontend
CP_FILE=target/bench-classpath.txt
[ -f "$CP_FILE" ] || ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=runtime >/dev/null
CP="$(cat "$CP_FILE")"
rm -rf "$OUT/classes" && mkdir -p "$OUT/classes"
javac -nowarn -cp "$CP" -d "$OUT/classes" bench/chat/ChatBench.java bench/stage/StageBench.java
BENCH_CP="$OUT/classes:$CP"

PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

rm -rf "$OUT/keys"
java -cp "$BENCH_CP" ChatBench keys "$OUT/keys"
mariadb -h "$DB_HOST" -uroot -e "DROP DATABASE IF EXISTS $DB"

echo "== the app on 127.0.0.1:$APP_PORT against $DB_URL (fresh database)"
# Tokens are verified with the bench's public key instead of Keycloak's (see bench/chat/run.sh)
QUARKUS_HTTP_HOST=127.0.0.1 \
QUARKUS_HTTP_PORT=$APP_PORT \
QUARKUS_DATASOURCE_JDBC_URL="$DB_URL?createDatabaseIfNotExist=true" \
QUARKUS_OIDC_AUTH_SERVER_URL= \
KOMMUNALMESSE_OIDC_PUBLIC_AUTHORITY=http://localhost:8193/realms/kommunalmesse \
QUARKUS_OIDC_PUBLIC_KEY="$(cat "$OUT/keys/public.b64")" \
QUARKUS_OIDC_TOKEN_ISSUER=kommunalmesse-chat-bench \
KOMMUNALMESSE_DEMO_DATA_ENABLED=false \
QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
  java -Xms512m -Xmx2g -XX:+UseG1GC -jar target/quarkus-app/quarkus-run.jar > "$OUT/app-server.log" 2>&1 &
APP=$!
PIDS+=("$APP")
for _ in $(seq 1 120); do curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/q/health/ready" && break; sleep 1; done
curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/q/health/ready" || { tail -30 "$OUT/app-server.log"; exit 1; }
java -cp "$BENCH_CP" ChatBench seed "$DB_URL" 1

timeout "$RUN_BUDGET" java -Xms512m -Xmx2g -XX:+UseG1GC -cp "$BENCH_CP" StageBench "$APP_PORT" "$OUT/keys" \
  "$OUT/result.properties" "$@" 2>&1 | tee "$OUT/generator.log"
echo "== machine: $(nproc) cores; load average now $(cut -d' ' -f1-3 /proc/loadavg); results in $OUT/result.properties"
