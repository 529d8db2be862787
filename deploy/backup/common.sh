# Shared by backup.sh and restore.sh: the database and the storage folder, read from the same
# environment variables as the app (README "Run in production"), so that both scripts run with the app's
# configuration, e.g. in a Kubernetes Job with its ConfigMap and Secret.

JDBC_URL="${QUARKUS_DATASOURCE_JDBC_URL:-jdbc:mariadb://127.0.0.1:3306/kommunalmesse}"
DB_USER="${QUARKUS_DATASOURCE_USERNAME:-root}"
DB_PASSWORD="${QUARKUS_DATASOURCE_PASSWORD:-}"
STORAGE_DIR="${KOMMUNALMESSE_STORAGE_DIRECTORY:-data/materials}"

fail() { echo "$(basename "$0"): $*" >&2; exit 1; }

# jdbc:mariadb://host[:port]/database[?options]; a list of hosts (fail-over) is not supported here
if [[ ! "$JDBC_URL" =~ ^jdbc:(mariadb|mysql)://([^/:,?]+)(:([0-9]+))?/([A-Za-z0-9_$]+)([?].*)?$ ]]; then
  fail "cannot read host, port and database from QUARKUS_DATASOURCE_JDBC_URL=$JDBC_URL"
fi
DB_HOST="${BASH_REMATCH[2]}"
DB_PORT="${BASH_REMATCH[4]:-3306}"
DB_NAME="${BASH_REMATCH[5]}"

for tool in mariadb mariadb-dump tar gzip sha256sum; do
  command -v "$tool" > /dev/null || fail "$tool is needed (Debian: apt-get install mariadb-client tar gzip coreutils)"
done

# The password goes to the client in a file only this user can read, never on the command line (ps)
CLIENT_CONFIG="$(mktemp)"
trap 'rm -f "$CLIENT_CONFIG"' EXIT
chmod 600 "$CLIENT_CONFIG"
{
  echo "[client]"
  echo "host=$DB_HOST"
  echo "port=$DB_PORT"
  echo "user=$DB_USER"
  echo "password=\"${DB_PASSWORD//\"/\\\"}\""
  echo "default-character-set=utf8mb4"
} > "$CLIENT_CONFIG"

sql() { mariadb --defaults-extra-file="$CLIENT_CONFIG" --batch --skip-column-names "$@"; }
