# shellcheck shell=bash
# The helpers every lab's check.sh loads, so that each self-check says PASS and FAIL the same way
# and asks the same of your computer. check.ps1 loads the PowerShell twin, self-check.ps1.
# A lab's zip holds this folder beside the lab folder, as the course repository does.

# pass MESSAGE: one check passed.
pass() { printf 'PASS  %s\n' "$1"; }

# fail MESSAGE [HINT...]: says what is wrong and what to do, then stops the self-check. (The
# script's EXIT trap removes what it started.)
fail() {
  printf 'FAIL  %s\n' "$1"
  if [ $# -gt 1 ]; then printf '      %s\n' "${@:2}"; fi
  exit 1
}

# need_docker: Docker is installed, and its engine answers.
need_docker() {
  command -v docker >/dev/null 2>&1 ||
    fail "Docker is not installed." "Install Docker Desktop (macOS, Windows) or Docker Engine (Linux), then run this again."
  docker info >/dev/null 2>&1 ||
    fail "Docker is installed but not running." "Start Docker Desktop (or the Docker service) and run this again."
}

# need_compose: Compose v2, the `docker compose` command (not the old `docker-compose`).
need_compose() {
  docker compose version >/dev/null 2>&1 ||
    fail "Docker Compose v2 is missing (the \`docker compose\` command)." "It comes with Docker Desktop; on Linux install the docker-compose-plugin package."
}

# build_image IMAGE FOLDER [HINT]: builds FOLDER as IMAGE; on an error, shows the build's last lines and stops.
build_image() {
  local output
  if ! output="$(docker build -t "$1" "$2" 2>&1)"; then
    printf '%s\n' "$output" | tail -n 15
    fail "docker build failed (its last lines are above)." "${3:-Fix the Dockerfile line it names and run this again.}"
  fi
  pass "the image builds"
}

# need_non_root IMAGE HINT: the image names a user other than root, so its containers do not run as root.
need_non_root() {
  local user
  user="$(docker image inspect --format '{{.Config.User}}' "$1")"
  case "$user" in
    "" | root | 0 | 0:*) fail "The container runs as root." "$2" ;;
  esac
  pass "it runs as user '$user', not root"
}
