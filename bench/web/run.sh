#!/usr/bin/env bash
# Web page benchmark (issue 14): the packaged app with the demo fair, its hall grown to about 1,000 booths,
# loaded in Debian's Chromium on a throttled line (Fast 3G) with a 4x slower CPU. Loopback only; stops
# what it started. Reports per page and cache state the bytes, the compressed JavaScript before the first
# content, paint timings, the hall's INP, and at the end the start page's JS before first content and each
# page's repeat-visit bytes against the targets of issue 14 (docs/benchmarks.md).
# Usage: bench/web/run.sh [runs=5]   (BENCH_WEB_PORT, default 8097; runs=1 is enough for byte counts)
# BENCH_WEB_DETAIL=1 lists the scripts before the first content of each load, =all every file with its arrival.
# BENCH_WEB_TLS=1: the browser talks HTTPS with HTTP/2 to the app (a self-signed certificate made here, port
# BENCH_WEB_PORT+1), as it does in production behind a TLS ingress; without it, plain HTTP/1.1 (six connections).
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS="${1:-5}"
PORT="${BENCH_WEB_PORT:-8097}"
DB_HOST="${BENCH_DB_HOST:-127.0.0.1}"
DB=kommunalmesse_bench_web
LOG=target/bench-web-app.log

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
[ -d frontend/node_modules/playwright-core ] || (cd frontend && npm ci --no-audit --no-fund)
[ -x /usr/bin/chromium ] || { echo "needs /usr/bin/chromium (apt-get install chromium)"; exit 1; }

TLS_ENV=()
BASE="http://127.0.0.1:$PORT"
if [ "${BENCH_WEB_TLS:-0}" = 1 ]; then
  STORE=target/bench-web-tls.p12
  [ -f "$STORE" ] || keytool -genkeypair -alias bench -keyalg EC -groupname secp256r1 -validity 30 \
    -dname CN=localhost -ext SAN=dns:localhost,ip:127.0.0.1 -storetype PKCS12 -keystore "$STORE" \
    -storepass benchweb -keypass benchweb >/dev/null 2>&1
  TLS_ENV=(QUARKUS_HTTP_SSL_PORT=$((PORT + 1)) QUARKUS_TLS_KEY_STORE_P12_PATH="$PWD/$STORE"
    QUARKUS_TLS_KEY_STORE_P12_PASSWORD=benchweb)
  BASE="https://127.0.0.1:$((PORT + 1))"
  # Chromium trusts this certificate's key (a certificate error would also switch its HTTP cache off, and the
  # warm visits would measure nothing)
  export BENCH_WEB_SPKI="$(keytool -exportcert -rfc -alias bench -keystore "$STORE" -storepass benchweb 2>/dev/null \
    | openssl x509 -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64)"
fi

echo "== starting the app on :$PORT against a fresh database $DB with the demo fair"
mariadb -h "$DB_HOST" -uroot -e "DROP DATABASE IF EXISTS $DB"
# The demo profile: production settings plus the demo fair (see README, "Run in production")
env "${TLS_ENV[@]}" \
QUARKUS_PROFILE=demo \
QUARKUS_HTTP_PORT=$PORT \
QUARKUS_DATASOURCE_JDBC_URL="jdbc:mariadb://$DB_HOST:3306/$DB?createDatabaseIfNotExist=true" \
QUARKUS_OIDC_TENANT_ENABLED=false \
QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
KOMMUNALMESSE_DEMO_DATA_ENABLED=true \
KOMMUNALMESSE_STORAGE_DIRECTORY=target/bench-web-materials \
  java -Xmx1g -jar target/quarkus-app/quarkus-run.jar > "$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" && break; sleep 1; done
curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" || { tail -30 "$LOG"; exit 1; }

echo "== growing the hall to about 1,000 booths"
mariadb -h "$DB_HOST" -uroot "$DB" < bench/web/seed-hall.sql

echo "== load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
# The self-signed certificate of BENCH_WEB_TLS: the script's own reads of the loopback app accept it
NODE_TLS_REJECT_UNAUTHORIZED=$([ "${BENCH_WEB_TLS:-0}" = 1 ] && echo 0 || echo 1) \
  node bench/web/bench.mjs "$BASE" "$RUNS" frontend/dist target/bench-web.json
