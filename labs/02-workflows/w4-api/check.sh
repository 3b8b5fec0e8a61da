#!/usr/bin/env bash
# Workflow 4 self-check: starts your API (lab 04's image) on a free port, checks one prediction,
# runs your score.py on data/flowers.csv, and stops everything it started.
# Usage: ./check.sh [folder]   (default: starter; ./check.sh solution checks the solution)
set -euo pipefail

cd "$(dirname "$0")"
# The PASS and FAIL lines and the gates every self-check shares (../../shared: in the lab's zip, beside this folder).
[ -f ../../shared/self-check.sh ] || { echo "FAIL  ../../shared/self-check.sh is missing: unzip the whole lab zip, which holds shared/ beside this folder."; exit 1; }
# shellcheck source-path=SCRIPTDIR
. ../../shared/self-check.sh
folder="${1:-starter}"
export COMPOSE_PROJECT_NAME="w4-selfcheck"
export API_PORT=0

compose() { docker compose --project-directory "$folder" "$@"; }
cleanup() { compose down --remove-orphans >/dev/null 2>&1 || true; }

need_docker
need_compose
command -v curl >/dev/null 2>&1 || fail "curl is not installed." "Install curl (or use check.ps1 on Windows) and run this again."
[ -f "$folder/compose.yaml" ] || fail "There is no $folder/compose.yaml." "Run this script from the w4-api folder: ./check.sh $folder"
pass "Docker and Compose v2 are running"

grep -q 'your-lab-04-image:TODO' "$folder/compose.yaml" &&
  fail "compose.yaml still runs the placeholder image." "Write your lab 04 image's name and tag (TODO 1)."
trap cleanup EXIT
if ! up_output="$(compose up --detach --wait api 2>&1)"; then
  printf '%s\n' "$up_output" | tail -n 10
  fail "The API did not start healthy (the output is above)." "Is your lab 04 image built (docker image ls iris-api)?"
fi
published="$(compose port api 8000 2>/dev/null || true)"
# Compose prints ":0" (or nothing, in older versions) for a port that is not published.
case "$published" in "" | ":0") fail "The API's port 8000 is not published." "Add the ports of TODO 2: \"127.0.0.1:\${API_PORT:-8087}:8000\"." ;; esac
case "$published" in 127.0.0.1:*) ;; *) fail "The API is published on $published, not on 127.0.0.1." "Start the port with 127.0.0.1: (TODO 2)." ;; esac
pass "the API is healthy, published on $published"

answer="$(curl -sS "http://$published/predict?sepal_length=7.7&sepal_width=3.0&petal_length=6.1&petal_width=2.3")" ||
  fail "The API did not answer." "Look at: docker compose logs api"
[[ "$answer" =~ \"species\":\ ?\"virginica\" ]] || fail "The prediction is not virginica: $answer" "Is it your lab 04 image?"
pass "GET /predict answers virginica"

scored="$(compose run --rm score 2>&1)" || { printf '%s\n' "$scored" | tail -n 10; fail "score.py failed (its last lines are above)." "Do TODO 3 of score.py."; }
[[ "$scored" == *"12 flowers scored: setosa 4, versicolor 4, virginica 4"* ]] ||
  fail "score.py did not score the 12 flowers: $(printf '%s' "$scored" | tail -n 1)" "TODO 3: take the list of predictions out of the answer."
pass "score.py scores data/flowers.csv: 4 setosa, 4 versicolor, 4 virginica"

printf '\nAll checks passed. Well done!\n'
