#!/usr/bin/env bash
# Lab 01 self-check: builds your image, runs it and checks the greeting.
# Usage: ./check.sh [folder]   (default: starter; ./check.sh solution checks the solution)
set -euo pipefail

cd "$(dirname "$0")"
# The PASS and FAIL lines and the gates every self-check shares (../shared: in the lab's zip, beside this folder).
[ -f ../shared/self-check.sh ] || { echo "FAIL  ../shared/self-check.sh is missing: unzip the whole lab zip, which holds shared/ beside this folder."; exit 1; }
# shellcheck source-path=SCRIPTDIR
. ../shared/self-check.sh
folder="${1:-starter}"
image="lab01-hello:selfcheck"
expected="Hello, Docker!"

cleanup() { docker rmi -f "$image" >/dev/null 2>&1 || true; }

need_docker
[ -f "$folder/Dockerfile" ] || fail "There is no $folder/Dockerfile." "Run this script from the lab folder: ./check.sh $folder"
pass "Docker is running"

grep -Eiq '^[[:space:]]*FROM[[:space:]]+python:3\.13-slim-trixie([[:space:]]|$)' "$folder/Dockerfile" ||
  fail "The Dockerfile does not start FROM python:3.13-slim-trixie." "Use the course's base image, pinned by its tag."
pass "FROM python:3.13-slim-trixie"

[ -f "$folder/.dockerignore" ] || fail "There is no $folder/.dockerignore." "Add one so only what the image needs is sent to the build."
pass ".dockerignore is there"

trap cleanup EXIT
build_image "$image" "$folder"

need_non_root "$image" "Add a USER instruction (after creating the user) near the end of the Dockerfile."

cmd="$(docker image inspect --format '{{json .Config.Cmd}}' "$image")"
case "$cmd" in
  '["/bin/sh","-c"'*) fail "CMD is in shell form: $cmd" 'Write it as a JSON list: CMD ["python", "hello.py"]' ;;
esac
pass "CMD is in exec form"

if ! output="$(docker run --rm "$image" 2>&1)"; then
  printf '%s\n' "$output"
  fail "The container exited with an error (its output is above)."
fi
case "$output" in
  *"$expected"*) ;;
  *) fail "The container did not print \"$expected\"." "It printed: $output" ;;
esac
pass "the container prints \"$expected\" and exits 0"

printf '\nAll checks passed. Well done!\n'
