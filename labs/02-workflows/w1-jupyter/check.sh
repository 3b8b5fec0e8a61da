#!/usr/bin/env bash
# Workflow 1 self-check: builds your image, starts Jupyter with a token on a free port, checks that
# it answers with the token and refuses without it, that tini is PID 1 and the user is not root,
# and runs the baked-in notebook headless.
# Usage: ./check.sh [folder]   (default: starter; ./check.sh solution checks the solution)
set -euo pipefail

cd "$(dirname "$0")"
# The PASS and FAIL lines and the gates every self-check shares (../../shared: in the lab's zip, beside this folder).
[ -f ../../shared/self-check.sh ] || { echo "FAIL  ../../shared/self-check.sh is missing: unzip the whole lab zip, which holds shared/ beside this folder."; exit 1; }
# shellcheck source-path=SCRIPTDIR
. ../../shared/self-check.sh
folder="${1:-starter}"
image="w1-analysis:selfcheck"
container="w1-selfcheck"
token="selfcheck-$$-$RANDOM"

cleanup() {
  docker rm -f "$container" >/dev/null 2>&1 || true
  docker rmi -f "$image" >/dev/null 2>&1 || true
}

need_docker
command -v curl >/dev/null 2>&1 || fail "curl is not installed." "Install curl (or use check.ps1 on Windows) and run this again."
[ -f "$folder/Dockerfile" ] || fail "There is no $folder/Dockerfile." "Run this script from the w1-jupyter folder: ./check.sh $folder"
pass "Docker is running"

trap cleanup EXIT
build_image "$image" "$folder"

docker run --detach --name "$container" --env "JUPYTER_TOKEN=$token" --publish 127.0.0.1::8888 "$image" >/dev/null
# No port when the container has already stopped (no CMD yet, say): that is the error to report.
port="$(docker port "$container" 8888/tcp 2>/dev/null | head -n 1 | sed 's/.*://' || true)"
if [ -z "$port" ]; then
  docker logs "$container" 2>&1 | tail -n 15
  fail "The container stopped (its log is above)." "Is the CMD of TODO 4 in exec form, with --ip=0.0.0.0?"
fi
base="http://127.0.0.1:$port"
for _ in $(seq 1 60); do
  curl -fsS "$base/api" >/dev/null 2>&1 && break
  if [ "$(docker inspect --format '{{.State.Running}}' "$container")" != true ]; then
    docker logs "$container" 2>&1 | tail -n 15
    fail "The container stopped (its log is above)." "Is the CMD of TODO 4 in exec form, with --ip=0.0.0.0?"
  fi
  sleep 1
done
curl -fsS "$base/api" >/dev/null 2>&1 ||
  fail "Jupyter does not answer on port 8888 of the container." "Start it with --ip=0.0.0.0 --port=8888 (TODO 4): 127.0.0.1 inside a container is unreachable from outside."
pass "Jupyter answers on $base"

status="$(curl -s -o /dev/null -w '%{http_code}' "$base/api/contents/analysis.ipynb?content=0&token=$token")"
[ "$status" = 200 ] || fail "With the token, Jupyter answered $status, not 200." "Is analysis.ipynb copied into the working folder (TODO 1)? Is the token left to JUPYTER_TOKEN?"
pass "with the token, it serves analysis.ipynb"

status="$(curl -s -o /dev/null -w '%{http_code}' "$base/api/contents/analysis.ipynb?content=0")"
[ "$status" = 403 ] || fail "Without the token, Jupyter answered $status, not 403." "Never disable the token (no --IdentityProvider.token='')."
pass "without the token, it refuses (403)"

[ "$(docker exec "$container" cat /proc/1/comm)" = tini ] || fail "PID 1 is not tini." "Keep the starter's ENTRYPOINT [\"tini\", \"--\"]."
[ "$(docker exec "$container" id -u)" != 0 ] || fail "Jupyter runs as root." "Add the USER of TODO 3."
pass "tini is PID 1, and the user is not root"

if ! run_output="$(docker exec "$container" jupyter nbconvert --to notebook --execute --inplace analysis.ipynb 2>&1)"; then
  printf '%s\n' "$run_output" | tail -n 15
  fail "The notebook failed when run headless (its last lines are above)." "Is the data/ folder copied into the image (TODO 2)?"
fi
docker exec "$container" test -s outputs/field-predictions.csv ||
  fail "The notebook ran but wrote no outputs/field-predictions.csv." "Does the user own the working folder (the chown of the starter's RUN useradd)?"
pass "the notebook runs headless inside the container"

printf '\nAll checks passed. Well done!\n'
