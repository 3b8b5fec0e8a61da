#!/usr/bin/env bash
# Pre-pull for the Docker for Data Science tutorial, for macOS, Linux and Git Bash on Windows
# (in PowerShell, pre-pull.ps1 does the same): pulls every image the labs pull from Docker Hub, so
# that the conference network, and Docker Hub's pull limit, matter less on the day. Run it at home.
#
# Usage: bash pre-pull.sh     (exits 0 when every image is on this laptop, 1 otherwise)
#
# @generated-note
set -uo pipefail

# @generated-data

if ! command -v docker >/dev/null 2>&1; then
  printf 'FAIL  Docker is not installed: there is no docker command.\n'
  printf '      Install it first: step 1 of %s.\n' "$before_page"
  exit 1
fi
if ! docker info >/dev/null 2>&1; then
  printf 'FAIL  Docker is not running (or your user may not use it).\n'
  printf '      Start Docker Desktop (Linux: sudo systemctl start docker) and run this again;\n'
  printf '      the setup check (check-setup.sh) says more.\n'
  exit 1
fi

errors="$(mktemp "${TMPDIR:-/tmp}/pre-pull.XXXXXX")"
trap 'rm -f "$errors"' EXIT
failed=()
pull_limit=no
for i in "${!images[@]}"; do
  printf '\n==> %s: %s\n' "${images[$i]}" "${whys[$i]}"
  if ! docker pull "${images[$i]}" 2>"$errors"; then
    cat "$errors" >&2
    grep -q toomanyrequests "$errors" && pull_limit=yes
    failed+=("${images[$i]}")
  fi
done

printf '\n'
if [ "${#failed[@]}" -eq 0 ]; then
  printf 'All %s images the labs pull are on this laptop. Next: the setup check (check-setup.sh).\n' "${#images[@]}"
  exit 0
fi
printf 'FAIL  not pulled: %s\n' "${failed[*]}"
if [ "$pull_limit" = yes ]; then
  printf '      Docker Hub refused (toomanyrequests): the pull limit of your network address is used up.\n'
  printf '      Sign in with a free Docker account (docker login), or try again later or on another network.\n'
  printf '      See %s#pull-rate-limit on the course site.\n' "$troubleshooting"
else
  printf '      The messages above say why. Run this script again: images already pulled download nothing more.\n'
  printf '      More help: %s on the course site.\n' "$troubleshooting"
fi
exit 1
