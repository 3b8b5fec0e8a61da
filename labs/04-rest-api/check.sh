#!/usr/bin/env bash
# Lab 04 self-check: builds your API image, runs it, and calls it the way the lab page does with
# requests: health, a GET prediction, a POST prediction, and a bad request that must get a 400.
# Usage: ./check.sh [folder]   (default: starter; ./check.sh solution checks the solution)
set -euo pipefail

cd "$(dirname "$0")"
# The PASS and FAIL lines and the gates every self-check shares (../shared: in the lab's zip, beside this folder).
[ -f ../shared/self-check.sh ] || { echo "FAIL  ../shared/self-check.sh is missing: unzip the whole lab zip, which holds shared/ beside this folder."; exit 1; }
# shellcheck source-path=SCRIPTDIR
. ../shared/self-check.sh
folder="${1:-starter}"
image="lab04-api:selfcheck"
container="lab04-selfcheck"

cleanup() {
  docker rm -f "$container" >/dev/null 2>&1 || true
  docker rmi -f "$image" >/dev/null 2>&1 || true
}

need_docker
command -v curl >/dev/null 2>&1 || fail "curl is not installed." "Install curl (or use check.ps1 on Windows) and run this again."
{ [ -f "$folder/Dockerfile" ] && [ -f "$folder/app.py" ]; } ||
  fail "There is no $folder/Dockerfile or $folder/app.py." "Run this script from the lab folder: ./check.sh $folder"
pass "Docker is running"

trap cleanup EXIT
build_image "$image" "$folder"

need_non_root "$image" "Keep the USER instruction of the Dockerfile."

cmd="$(docker image inspect --format '{{json .Config.Cmd}}' "$image")"
case "$cmd" in
  null | '["/bin/sh","-c"'*) fail "CMD is missing or in shell form: $cmd" "Write it as a JSON list (TODO 4 of the Dockerfile)." ;;
  '["gunicorn",'*) ;;
  *) fail "The CMD does not start gunicorn: $cmd" "Write the CMD of TODO 4 in the Dockerfile." ;;
esac
pass "CMD starts gunicorn, in exec form"

[ "$(docker image inspect --format '{{if .Config.Healthcheck}}yes{{end}}' "$image")" = yes ] ||
  fail "The image has no HEALTHCHECK." "Keep the HEALTHCHECK of the Dockerfile."
pass "it has a HEALTHCHECK"

# Publish the API on a free port of this machine (127.0.0.1 only) and wait until it answers.
docker run --detach --name "$container" --publish 127.0.0.1::8000 "$image" >/dev/null
port="$(docker port "$container" 8000/tcp | head -n 1 | sed 's/.*://')"
base="http://127.0.0.1:$port"
for _ in $(seq 1 60); do
  curl -fsS "$base/health" >/dev/null 2>&1 && break
  if [ "$(docker inspect --format '{{.State.Running}}' "$container")" != true ]; then
    docker logs "$container" 2>&1 | tail -n 15
    fail "The container stopped (its log is above)." "Is model/iris-model.pkl there, and copied by TODO 3 of the Dockerfile? Is TODO 1 of app.py done?"
  fi
  sleep 1
done

# call METHOD PATH [JSON]: prints the body, then the status code on the last line.
call() {
  if [ $# -ge 3 ]; then
    curl -sS -X "$1" -H 'Content-Type: application/json' --data "$3" -w '\n%{http_code}' "$base$2"
  else
    curl -sS -X "$1" -w '\n%{http_code}' "$base$2"
  fi
}
# expect NAME STATUS PATTERN METHOD PATH [JSON]: the answer must have that status and match PATTERN
# (a regular expression; ` ?` allows JSON written with or without spaces).
expect() {
  local name="$1" status="$2" pattern="$3" answer code body
  shift 3
  answer="$(call "$@" 2>&1)" || true
  code="${answer##*$'\n'}"
  body="${answer%$'\n'*}"
  body="${body%$'\n'}"
  if [ "$code" != "$status" ] || ! [[ "$body" =~ $pattern ]]; then
    docker logs "$container" 2>&1 | tail -n 10
    fail "$name: expected $status and $pattern, got $code: $body" "The container's last log lines are above."
  fi
  pass "$name: $code $body"
}

flower='{"sepal_length": 7.7, "sepal_width": 3.0, "petal_length": 6.1, "petal_width": 2.3}'
expect "GET /health" 200 '"status": ?"ok"' GET /health
expect "GET /predict" 200 '"species": ?"setosa"' GET '/predict?sepal_length=5.1&sepal_width=3.5&petal_length=1.4&petal_width=0.2'
expect "POST /predict" 200 '"species": ?"virginica"' POST /predict "$flower"
expect "POST /predict with a bad value" 400 '"field": ?"petal_width"' POST /predict \
  '{"sepal_length": 7.7, "sepal_width": 3.0, "petal_length": 6.1, "petal_width": "wide"}'

printf '\nAll checks passed. Well done!\n'
