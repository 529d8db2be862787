#!/usr/bin/env bash
# Backs up Kommunalmesse: the database (mariadb-dump, one consistent transaction) and the uploaded
# materials (tar of kommunalmesse.storage.directory), into one new folder:
#
#   deploy/backup/backup.sh [TARGET]      TARGET: where backups are kept (default: backups)
#
# The folder is named kommunalmesse-<UTC time> and holds database.sql.gz, materials.tar.gz, backup.info
# and SHA256SUMS; it appears only when everything is written. The app may keep running: the dump is one
# transaction, and an upload is stored as a file before its row, so every row in the dump finds its
# file (a material deleted between the two steps is the one exception; docs/operations.md).
set -euo pipefail
source "$(dirname "$0")/common.sh"

TARGET="${1:-backups}"
NAME="kommunalmesse-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$TARGET"
[ ! -e "$TARGET/$NAME" ] || fail "$TARGET/$NAME exists already"
WORK="$(mktemp -d "$TARGET/.partial-$NAME.XXXXXX")"
trap 'rm -f "$CLIENT_CONFIG"; rm -rf "$WORK"' EXIT

echo "Dumping database $DB_NAME on $DB_HOST:$DB_PORT ..."
# No --databases: the dump restores into whatever database restore.sh is pointed at
mariadb-dump --defaults-extra-file="$CLIENT_CONFIG" --single-transaction --quick --hex-blob \
  --no-tablespaces --triggers --skip-comments "$DB_NAME" | gzip -6 > "$WORK/database.sql.gz"

echo "Archiving materials from $STORAGE_DIR ..."
if [ -d "$STORAGE_DIR" ]; then
  tar -C "$STORAGE_DIR" --numeric-owner -czf "$WORK/materials.tar.gz" .
else
  # No upload yet: an empty archive, so that a restore empties the folder as well
  EMPTY="$(mktemp -d)"
  tar -C "$EMPTY" --numeric-owner -czf "$WORK/materials.tar.gz" .
  rmdir "$EMPTY"
fi

{
  echo "created=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "database=$DB_NAME"
  echo "schema-version=$(sql -e "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank DESC LIMIT 1" "$DB_NAME" 2>/dev/null || echo unknown)"
  echo "server=$(sql -e "SELECT VERSION()")"
  echo "materials=$(tar -tzf "$WORK/materials.tar.gz" | grep -vc '/$' || true)"
} > "$WORK/backup.info"
(cd "$WORK" && sha256sum database.sql.gz materials.tar.gz backup.info > SHA256SUMS)

mv "$WORK" "$TARGET/$NAME"
echo "$TARGET/$NAME"
