#!/usr/bin/env bash
# Hall benchmark: 1,000 booths and 3,000 services in a database of its own, then GET /api/booths with a
# filter and a search term at a constant rate. Loopback only; bounded in time; stops what it started.
# Usage: bench/hall/run.sh [rate=300] [seconds=60]
set -euo pipefail
cd "$(dirname "$0")/../.."

RATE="${1:-300}"
SECONDS_MEASURED="${2:-60}"
WARMUP=15
PORT=8099
DB_HOST="${BENCH_DB_HOST:-127.0.0.1}"
DB_URL="jdbc:mariadb://$DB_HOST:3306/kommunalmesse_bench"
LOG=target/bench-hall-app.log

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
CP_FILE=target/bench-classpath.txt
[ -f "$CP_FILE" ] || ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=runtime >/dev/null

echo "== starting the app on :$PORT against $DB_URL (fresh database)"
mariadb -h "$DB_HOST" -uroot -e "DROP DATABASE IF EXISTS kommunalmesse_bench"
QUARKUS_HTTP_PORT=$PORT \
QUARKUS_DATASOURCE_JDBC_URL="$DB_URL?createDatabaseIfNotExist=true" \
QUARKUS_OIDC_TENANT_ENABLED=false \
QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
KOMMUNALMESSE_DEMO_DATA_ENABLED=false \
  java -Xmx1g -jar target/quarkus-app/quarkus-run.jar > "$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" && break; sleep 1; done
curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" || { tail -30 "$LOG"; exit 1; }

echo "== seeding"
java -cp "$(cat $CP_FILE)" bench/hall/HallBench.java seed "$DB_URL" 1000 3000

echo "== load: $RATE req/s, $WARMUP s warm-up + $SECONDS_MEASURED s measured"
java -cp "$(cat $CP_FILE)" bench/hall/HallBench.java load "http://127.0.0.1:$PORT" "$RATE" "$SECONDS_MEASURED" "$WARMUP"

echo "== server side of GET /api/booths (Micrometer): quantiles, requests, mean and max seconds"
# The REST root (/api) is not part of the route tag since Quarkus 3.33: uri="/booths"
METRICS="$(curl -fs "http://127.0.0.1:$PORT/q/metrics" | grep -E '^http_server_requests_seconds(_count|_sum|_max)?\{' \
  | grep -E 'uri="(/api)?/booths"' | grep 'method="GET"' | grep 'status="200"')"
echo "$METRICS"
echo "$METRICS" | awk '/_count/{c=$NF} /_sum/{s=$NF} END{if (c>0) printf "server mean %.2f ms over %d requests\n", 1000*s/c, c}'
