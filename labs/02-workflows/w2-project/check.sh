#!/usr/bin/env bash
# Workflow 2 self-check: builds your environment image, runs train.py with the project folder
# mounted, and checks ON YOUR COMPUTER that the outputs are there, filled in, and owned by you.
# Usage: ./check.sh [folder]   (default: starter; ./check.sh solution checks the solution)
set -euo pipefail

cd "$(dirname "$0")"
# The PASS and FAIL lines and the gates every self-check shares (../../shared: in the lab's zip, beside this folder).
[ -f ../../shared/self-check.sh ] || { echo "FAIL  ../../shared/self-check.sh is missing: unzip the whole lab zip, which holds shared/ beside this folder."; exit 1; }
# shellcheck source-path=SCRIPTDIR
. ../../shared/self-check.sh
folder="${1:-starter}"
image="w2-env:selfcheck"
project="$(cd "$folder/project" 2>/dev/null && pwd)" || true

cleanup() { docker rmi -f "$image" >/dev/null 2>&1 || true; }

need_docker
{ [ -f "$folder/Dockerfile" ] && [ -f "$project/train.py" ]; } ||
  fail "There is no $folder/Dockerfile or $folder/project/train.py." "Run this script from the w2-project folder: ./check.sh $folder"
pass "Docker is running"

trap cleanup EXIT
build_image "$image" "$folder"

[ "$(docker run --rm --entrypoint sh "$image" -c 'ls -A /project 2>/dev/null | wc -l')" -eq 0 ] ||
  fail "The image already contains files in /project." "Copy nothing into the image (TODO 3): the project is mounted when the container runs."
[ "$(docker image inspect --format '{{.Config.WorkingDir}}' "$image")" = /project ] ||
  fail "The working folder is not /project." "Set WORKDIR /project (TODO 3)."
pass "the image holds the environment only, working in /project"

# Docker Engine on Linux writes files as the container's user: run as yourself when you are not uid 1000.
user_args=()
if [ "$(uname -s)" = Linux ] && [ "$(id -u)" != 1000 ]; then user_args=(--user "$(id -u):$(id -g)"); fi
rm -rf "$project/outputs" 2>/dev/null ||
  fail "Cannot remove the old $folder/project/outputs." "Another user owns it (an earlier run as root?): remove it with sudo rm -rf $folder/project/outputs"
if ! run_output="$(docker run --rm ${user_args[@]+"${user_args[@]}"} --volume "$project:/project" "$image" 2>&1)"; then
  printf '%s\n' "$run_output" | tail -n 15
  fail "train.py failed in the container (its last lines are above)." "Is the CMD of TODO 4 right? Permission denied? See the lab page on --user."
fi
pass "train.py runs in the container, on the mounted folder"

for file in metrics.json confusion-matrix.png; do
  [ -s "$project/outputs/$file" ] || fail "There is no $folder/project/outputs/$file on your computer." "Was project/ mounted at /project (--volume)?"
done
grep -q '"accuracy": 0\.9[0-9]*\|"accuracy": 1\.0' "$project/outputs/metrics.json" ||
  fail "metrics.json has no accuracy of 0.9 or more: $(tr -d '\n' < "$project/outputs/metrics.json")" "Did train.py change?"
pass "outputs/metrics.json and outputs/confusion-matrix.png are in the folder on your computer"

# shellcheck disable=SC2012 # ls -ln prints the owner's uid on Linux and macOS alike; stat's flags differ
owner="uid $(ls -ln "$project/outputs/metrics.json" | awk '{print $3}')"
[ "$owner" = "uid $(id -u)" ] ||
  fail "The outputs belong to $owner, not to you (uid $(id -u))." "On Linux, run the container with --user \"\$(id -u):\$(id -g)\"."
pass "the outputs belong to you ($owner)"

printf '\nAll checks passed. Well done!\n'
