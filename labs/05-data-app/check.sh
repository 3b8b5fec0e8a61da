#!/usr/bin/env bash
# Lab 05 self-check: starts your data application under its own name and on a free port, uploads
# data/flowers.csv through nginx, checks the predictions on the result page and the rows stored in
# Postgres, sends a broken file that must be refused, and removes everything it started.
# Usage: ./check.sh [folder]   (default: starter; ./check.sh solution checks the solution)
set -euo pipefail

cd "$(dirname "$0")"
# The PASS and FAIL lines and the gates every self-check shares (../shared: in the lab's zip, beside this folder).
[ -f ../shared/self-check.sh ] || { echo "FAIL  ../shared/self-check.sh is missing: unzip the whole lab zip, which holds shared/ beside this folder."; exit 1; }
# shellcheck source-path=SCRIPTDIR
. ../shared/self-check.sh
folder="${1:-starter}"
# Its own project name, password and port: your own stack and its data are left alone.
export COMPOSE_PROJECT_NAME="lab05-selfcheck"
export POSTGRES_PASSWORD="selfcheck-$$-$RANDOM"
export APP_PORT=0

compose() { docker compose --project-directory "$folder" "$@"; }
cleanup() { compose down --volumes --remove-orphans >/dev/null 2>&1 || true; }
sql() { compose exec -T db psql --username iris --dbname iris --tuples-only --no-align --command "$1"; }

need_docker
need_compose
command -v curl >/dev/null 2>&1 || fail "curl is not installed." "Install curl (or use check.ps1 on Windows) and run this again."
[ -f "$folder/compose.yaml" ] || fail "There is no $folder/compose.yaml." "Run this script from the lab folder: ./check.sh $folder"
pass "Docker and Compose v2 are running"

if grep -q 'your-lab-04-image:TODO' "$folder/compose.yaml"; then
  fail "compose.yaml still runs the placeholder image of the api service." "Do the TODOs of the api service: your lab 04 image by name and tag, the backend network, a restart policy."
fi
if ! config_error="$(compose config --quiet 2>&1)"; then
  fail "docker compose config refuses compose.yaml: $config_error" "Fix the line it names (indentation is two spaces per level) and run this again."
fi
pass "compose.yaml is valid"

trap cleanup EXIT
cleanup
if ! up_output="$(compose up --build --wait --detach 2>&1)"; then
  printf '%s\n' "$up_output" | tail -n 12
  compose ps --all 2>&1 || true
  compose logs --tail 15 api web 2>&1 || true
  fail "docker compose up --wait did not get every service healthy (output, states and logs above)." \
    "A service that is not healthy, or an image that cannot be found, is named above. Is your API image built (docker image ls)? Does its HEALTHCHECK answer?"
fi
pass "all four services are up and healthy"

port="$(compose port nginx 80 | sed 's/.*://')"
base="http://127.0.0.1:$port"
! compose ps | grep -q -e '0\.0\.0\.0:' -e ':::' ||
  fail "A port is published on every network interface." "Publish on 127.0.0.1 only, as the given compose.yaml does."
pass "nginx answers on $base (127.0.0.1 only)"

before="$(sql 'SELECT count(*) FROM predictions')"
page="$(curl -sS -L -F "file=@$folder/data/flowers.csv" "$base/uploads")" ||
  fail "The upload did not get an answer from $base." "Look at: docker compose logs nginx web"
for expected in '12 flower(s)' 'setosa: <strong>4</strong>' 'versicolor: <strong>4</strong>' 'virginica: <strong>4</strong>'; do
  [[ "$page" == *"$expected"* ]] ||
    fail "The result page lacks \"$expected\"." "Its start was: $(printf '%s' "$page" | tr -s ' \n' ' ' | cut -c1-300)"
done
pass "data/flowers.csv gets 12 predictions: 4 setosa, 4 versicolor, 4 virginica"

after="$(sql 'SELECT count(*) FROM predictions')"
[ "$after" = "$((before + 12))" ] || fail "Postgres holds $after prediction rows, expected $((before + 12))." "Look at: docker compose logs web db"
pass "Postgres stores the 12 predictions"

status="$(printf 'sepal_length,sepal_width,petal_length,petal_width\n5.1,3.5,abc,0.2\n' |
  curl -sS -o /dev/null -w '%{http_code}' -F 'file=@-;filename=broken.csv' "$base/uploads")"
[ "$status" = 400 ] || fail "A broken file got status $status, expected 400." "The front end must refuse it before calling the API."
[ "$(sql 'SELECT count(*) FROM predictions')" = "$after" ] || fail "A broken file changed the database." "Nothing of a refused file may be stored."
pass "a broken file is refused (400) and writes nothing"

printf '\nAll checks passed. Well done!\n'
