#!/usr/bin/env bash
# Lab 01 self-check: builds your image, runs it and checks the greeting.
# Usage: ./check.sh [folder]   (default: starter; CI runs ./check.sh solution)
set -euo pipefail

cd "$(dirname "$0")"
folder="${1:-starter}"
image="lab01-hello:selfcheck"
expected="Hello, Docker!"

pass() { printf 'PASS  %s\n' "$1"; }
fail() { printf 'FAIL  %s\n' "$1"; printf '      %s\n' "${@:2}"; exit 1; }
cleanup() { docker rmi -f "$image" >/dev/null 2>&1 || true; }

command -v docker >/dev/null 2>&1 ||
  fail "Docker is not installed." "Install Docker Desktop (macOS, Windows) or Docker Engine (Linux), then run this again."
docker info >/dev/null 2>&1 ||
  fail "Docker is installed but not running." "Start Docker Desktop (or the Docker service) and run this again."
[ -f "$folder/Dockerfile" ] || fail "There is no $folder/Dockerfile." "Run this script from the lab folder: ./check.sh $folder"
pass "Docker is running"

grep -Eiq '^[[:space:]]*FROM[[:space:]]+python:3\.11-slim-bookworm([[:space:]]|$)' "$folder/Dockerfile" ||
  fail "The Dockerfile does not start FROM python:3.11-slim-bookworm." "Use the course's base image, pinned by its tag."
pass "FROM python:3.11-slim-bookworm"

[ -f "$folder/.dockerignore" ] || fail "There is no $folder/.dockerignore." "Add one so only what the image needs is sent to the build."
pass ".dockerignore is there"

trap cleanup EXIT
if ! build_output="$(docker build -t "$image" "$folder" 2>&1)"; then
  printf '%s\n' "$build_output" | tail -n 15
  fail "docker build failed (its last lines are above)." "Fix the Dockerfile line it names and run this again."
fi
pass "the image builds"

user="$(docker image inspect --format '{{.Config.User}}' "$image")"
case "$user" in
  "" | root | 0 | 0:*) fail "The container runs as root." "Add a USER instruction (after creating the user) near the end of the Dockerfile." ;;
esac
pass "it runs as user '$user', not root"

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
