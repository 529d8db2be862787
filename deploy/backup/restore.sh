#!/usr/bin/env bash
# Restores a backup made by backup.sh into the configured database and storage folder:
#
#   deploy/backup/restore.sh BACKUP_FOLDER [--force]
#
# Stop the app first (Kubernetes: scale the Deployment to 0). The backup is checked against its
# SHA256SUMS before anything changes. Without --force the restore refuses a database that has tables or
# a storage folder that has files; with --force it drops those tables and deletes those files first, so
# that afterwards the database and the folder hold exactly what the backup holds.
set -euo pipefail

[ $# -ge 1 ] || { echo "usage: $0 BACKUP_FOLDER [--force]" >&2; exit 2; }
BACKUP="$1"
FORCE="${2:-}"
[ -z "$FORCE" ] || [ "$FORCE" = "--force" ] || { echo "usage: $0 BACKUP_FOLDER [--force]" >&2; exit 2; }
source "$(dirname "$0")/common.sh"

[ -f "$BACKUP/SHA256SUMS" ] || fail "$BACKUP is no backup folder (no SHA256SUMS)"
(cd "$BACKUP" && sha256sum --quiet -c SHA256SUMS) || fail "$BACKUP is damaged: checksums differ"

TABLES="$(sql -e "SELECT table_name FROM information_schema.tables WHERE table_schema = '$DB_NAME'")" \
  || fail "cannot reach database $DB_NAME on $DB_HOST:$DB_PORT"
FILES=""
[ ! -d "$STORAGE_DIR" ] || FILES="$(find "$STORAGE_DIR" -mindepth 1 -print -quit)"
if [ "$FORCE" != "--force" ]; then
  [ -z "$TABLES" ] || fail "database $DB_NAME has tables; restore with --force to replace them"
  [ -z "$FILES" ] || fail "$STORAGE_DIR has files; restore with --force to replace them"
fi

if [ -n "$TABLES" ]; then
  echo "Dropping the tables of $DB_NAME ..."
  DROP="SET FOREIGN_KEY_CHECKS = 0;"
  while read -r table; do
    DROP="$DROP DROP TABLE IF EXISTS \`$table\`;"
  done <<< "$TABLES"
  # views are listed as tables too, and DROP TABLE refuses them
  VIEWS="$(sql -e "SELECT table_name FROM information_schema.views WHERE table_schema = '$DB_NAME'")"
  while read -r view; do
    [ -z "$view" ] || DROP="${DROP/DROP TABLE IF EXISTS \`$view\`;/DROP VIEW IF EXISTS \`$view\`;}"
  done <<< "$VIEWS"
  sql "$DB_NAME" -e "$DROP"
fi

echo "Loading the database $DB_NAME on $DB_HOST:$DB_PORT ..."
gzip -dc "$BACKUP/database.sql.gz" | sql "$DB_NAME"

echo "Restoring materials into $STORAGE_DIR ..."
mkdir -p "$STORAGE_DIR"
[ -z "$FILES" ] || find "$STORAGE_DIR" -mindepth 1 -delete
tar -C "$STORAGE_DIR" --no-same-owner -xzf "$BACKUP/materials.tar.gz"

echo "Restored $(sed -n 's/^created=//p' "$BACKUP/backup.info") into $DB_NAME and $STORAGE_DIR"
