#!/usr/bin/env bash
# Prepare at home, for the Docker for Data Science tutorial, for macOS, Linux and Git Bash on Windows
# (in PowerShell, prepare-at-home.ps1 does the same). It builds the lab images, so that on the day
# the labs' own builds take their package installs (pip, apt-get) from Docker's build cache instead
# of the conference network. It prints, image by image, what that saves and what it does not.
#
# It needs the course material (the labs/ folder next to this setup/ folder).
# Usage: bash setup/prepare-at-home.sh     (exits 0 when every image built, 1 otherwise)
#
# @generated-note
set -uo pipefail

# @generated-data

cd "$(dirname "$0")/.." || exit 1
if [ ! -d labs ]; then
  printf 'FAIL  There is no labs/ folder next to setup/: this script builds the lab images from it.\n'
  printf '      Get the course material first (step 5 of %s), then run setup/prepare-at-home.sh in it.\n' "$before_page"
  exit 1
fi
if ! command -v docker >/dev/null 2>&1; then
  printf 'FAIL  Docker is not installed: there is no docker command (step 1 of %s).\n' "$before_page"
  exit 1
fi
if ! docker info >/dev/null 2>&1; then
  printf 'FAIL  Docker is not running (or your user may not use it).\n'
  printf '      Start Docker Desktop (Linux: sudo systemctl start docker) and run this again;\n'
  printf '      the setup check (setup/check-setup.sh) says more.\n'
  exit 1
fi

built=()
failed=()
# bullet LINE...: a list item, over several lines.
bullet() {
  local line
  printf '  - %s\n' "$1"
  shift
  for line in "$@"; do printf '    %s\n' "$line"; done
}
# build LAB TAG FOLDER LINE...: builds FOLDER as TAG, then prints the LINEs (what that saves).
build() {
  local lab="$1" tag="$2" dir="$3" line
  shift 3
  printf '\n==> %s: building %s from %s\n' "$lab" "$tag" "$dir"
  if docker build -t "$tag" "$dir"; then
    built+=("$tag")
    printf 'OK    %s (%s)\n' "$tag" "$lab"
    for line in "$@"; do printf '      %s\n' "$line"; done
  else
    failed+=("$tag")
    printf 'FAIL  %s (%s) did not build: the messages above say why.\n' "$tag" "$lab"
  fi
}

printf 'Building the lab images. The first run downloads the packages the labs pin; a second run takes\n'
printf 'seconds, since everything then comes from the cache.\n'
printf '%s\n' "${arm_note[@]}"

# @generated-builds

printf '\nWhat this saves on the day:\n'
printf '  - the package downloads of the builds above (pip, apt-get), kept in the build cache of Docker;\n'
bullet "${base_note[@]}"
printf 'What it does not save:\n'
bullet "${other_note[@]}"
printf '  - a line you change: Docker rebuilds it and every line after it, so a change to requirements.txt,\n'
printf '    or to a line before RUN pip install, downloads the packages again;\n'
printf '  - a cache that is gone: docker system prune, docker builder prune or a reset of Docker Desktop\n'
printf '    can remove it (run this script again afterwards).\n'
if [ "${#not_built[@]}" -gt 0 ]; then
  printf 'Not built here:\n'
  for line in "${not_built[@]}"; do printf '  %s\n' "$line"; done
fi

printf '\n'
if [ "${#failed[@]}" -eq 0 ]; then
  printf 'All %s lab images built: %s\n' "${#built[@]}" "${built[*]}"
  exit 0
fi
printf 'FAIL  did not build: %s. More help: %s on the course site.\n' "${failed[*]}" "$troubleshooting"
exit 1
