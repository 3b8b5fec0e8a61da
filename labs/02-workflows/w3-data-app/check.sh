#!/usr/bin/env bash
# Workflow 3 self-check: starts your app and its database under their own name, password and port,
# checks that the report shows what Postgres holds, and removes everything it started.
# Usage: ./check.sh [folder]   (default: starter; ./check.sh solution checks the solution)
set -euo pipefail

cd "$(dirname "$0")"
# The PASS and FAIL lines and the gates every self-check shares (../../shared: in the lab's zip, beside this folder).
[ -f ../../shared/self-check.sh ] || { echo "FAIL  ../../shared/self-check.sh is missing: unzip the whole lab zip, which holds shared/ beside this folder."; exit 1; }
# shellcheck source-path=SCRIPTDIR
. ../../shared/self-check.sh
folder="${1:-starter}"
export COMPOSE_PROJECT_NAME="w3-selfcheck"
export POSTGRES_PASSWORD="selfcheck-$$-$RANDOM"
export REPORT_PORT=0

compose() { docker compose --project-directory "$folder" "$@"; }
cleanup() { compose down --volumes --remove-orphans >/dev/null 2>&1 || true; }
count() { compose exec -T db psql --username analyst --dbname flowers --tuples-only --no-align --command "$1"; }

need_docker
need_compose
command -v curl >/dev/null 2>&1 || fail "curl is not installed." "Install curl (or use check.ps1 on Windows) and run this again."
[ -f "$folder/compose.yaml" ] || fail "There is no $folder/compose.yaml." "Run this script from the w3-data-app folder: ./check.sh $folder"
pass "Docker and Compose v2 are running"

trap cleanup EXIT
cleanup
if ! up_output="$(compose up --build --wait --detach 2>&1)"; then
  printf '%s\n' "$up_output" | tail -n 12
  compose logs --tail 15 db 2>&1 || true
  fail "docker compose up --wait did not get both services healthy (output and logs above)." \
    "Does db have the healthcheck of TODO 2? Are the mounts of TODO 1 right?"
fi
pass "the app and the database are up and healthy"

stored="$(count 'SELECT count(*) FROM iris' 2>/dev/null || true)"
[ "$stored" = 150 ] ||
  fail "Postgres holds ${stored:-no table of} rows, not 150." "load.sql runs only on an empty volume, with the CSV mounted at /data/iris.csv (TODO 1)."
pass "Postgres loaded the 150 rows of data/iris.csv"

port="$(compose port app 8000 | sed 's/.*://')"
page="$(curl -sS "http://127.0.0.1:$port/")" || fail "The report does not answer on port $port." "Look at: docker compose logs app"
[[ "$page" == *"<strong>$stored flowers</strong>"* ]] || fail "The report does not show the $stored flowers Postgres holds." "Look at: docker compose logs app"
pass "the report shows the $stored flowers that psql counts"

printf '\nAll checks passed. Well done!\n'
