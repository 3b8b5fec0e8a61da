#!/usr/bin/env bash
# Setup check for the Docker for Data Science tutorial, for macOS, Linux and Git Bash on Windows
# (in PowerShell, check-setup.ps1 checks the same things).
#
# It runs a real container from the course's Python image, checks Docker Compose v2, the disk space
# Docker has left, the course images and the ports the labs publish, and reports the processor
# architecture your containers run on. Every FAIL line says what to fix. It changes nothing, except
# that the container run pulls the Python image when it is not there yet.
#
# Usage: bash check-setup.sh     (exits 0 when this laptop is ready, 1 when something needs fixing)
#
# @generated-note
set -uo pipefail

# @generated-data

failures=0
detail() {
  local line
  for line in "$@"; do printf '      %s\n' "$line"; done
}
pass() { printf 'PASS  %s\n' "$1"; }
info() { printf 'INFO  %s\n' "$1"; shift; detail "$@"; }
warn() { printf 'WARN  %s\n' "$1"; shift; detail "$@"; }
fail() { printf 'FAIL  %s\n' "$1"; shift; detail "$@"; failures=$((failures + 1)); }
finish() {
  printf '\n'
  if [ "$failures" -eq 0 ]; then
    printf 'All checks passed: this laptop is ready for the tutorial.\n'
    exit 0
  fi
  printf '%s problem(s) to fix: see the FAIL lines above. More help: %s on the course site.\n' "$failures" "$troubleshooting"
  exit 1
}

# Says what a failed docker command means, from its output ($2), and what to do about it.
explain_failure() {
  local what="$1" output="$2"
  printf '%s\n' "$output" | tail -n 5 | sed 's/^/      | /'
  case "$output" in
    *toomanyrequests*)
      fail "$what: Docker Hub's pull limit for your network address is used up (toomanyrequests)." \
        'Sign in with a free Docker account (docker login, or Sign in in Docker Desktop) and run this again,' \
        "or pull at home. See $troubleshooting#pull-rate-limit" ;;
    *"no space left on device"*)
      fail "$what: the disk Docker keeps its images on is full (no space left on device)." \
        "docker system df shows what Docker uses. See $troubleshooting#disk-space" ;;
    *"exec format error"*)
      fail "$what: the image was built for another processor (exec format error)." \
        "See $troubleshooting#exec-format-error" ;;
    *"no such host"* | *"dial tcp"* | *"i/o timeout"* | *"TLS handshake timeout"* | *proxyconnect* | *x509* | *"network is unreachable"*)
      fail "$what: Docker could not reach the registry (no network, or a proxy or VPN in the way)." \
        "Check that you are online. Behind a company proxy or on a VPN, see $troubleshooting#proxies-and-vpns" ;;
    *)
      fail "$what (the last lines of its output are above)." "See $troubleshooting" ;;
  esac
}

# Whether something on this machine accepts connections on 127.0.0.1:$1.
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# 1. Docker is installed and running.
if ! command -v docker >/dev/null 2>&1; then
  fail 'Docker is not installed: there is no docker command.' \
    'Install Docker Desktop (macOS, Windows) or Docker Engine with its Compose plugin (Linux):' \
    "step 1 of $before_page."
  finish
fi
if ! docker_error="$(docker info 2>&1 >/dev/null)"; then
  case "$docker_error" in
    *"permission denied"*)
      fail 'Docker runs, but your user may not talk to it (permission denied on the Docker socket).' \
        "Linux: add yourself to the docker group, then log out and back in: sudo usermod -aG docker ${USER:-$(id -un)}" \
        'With Docker Desktop for Linux, use its engine instead: docker context use desktop-linux' \
        "See $troubleshooting#docker-socket-permissions" ;;
    *)
      fail 'Docker is installed but not running.' \
        'Start Docker Desktop and wait until it says the engine is running (Linux without Docker Desktop:' \
        'sudo systemctl start docker), then run this check again.' ;;
  esac
  finish
fi

# 2. The engine runs Linux containers, and is recent enough.
server="$(docker version --format '{{.Server.Os}}/{{.Server.Arch}} {{.Server.Version}}' 2>/dev/null)"
server_platform="${server%% *}"
server_version="${server##* }"
server_major="${server_version%%.*}"
if [ -z "$server" ]; then
  warn 'Docker did not say which engine it runs (docker version failed).' 'The checks below still try.'
elif [ "${server_platform%%/*}" != linux ]; then
  fail "Docker runs Windows containers ($server_platform); the course needs Linux containers." \
    'Right-click the Docker icon in the taskbar and choose Switch to Linux containers.'
else
  case "$server_major" in
    '' | *[!0-9]*) pass "Docker Engine $server_version ($server_platform)" ;;
    *)
      if [ "$server_major" -ge "$engine_min" ]; then
        pass "Docker Engine $server_version ($server_platform)"
      else
        warn "Docker Engine $server_version is older than $engine_min." "$engine_min_why" \
          'Update Docker Desktop, or Docker Engine from the package repository of Docker.'
      fi ;;
  esac
fi

# 3. Compose v2: the docker compose command.
if compose_version="$(docker compose version --short 2>/dev/null)" && [ -n "$compose_version" ]; then
  compose_major="${compose_version#v}"
  compose_major="${compose_major%%.*}"
  case "$compose_major" in
    '' | *[!0-9]*) pass "Docker Compose $compose_version" ;;
    *)
      if [ "$compose_major" -ge 2 ]; then
        pass "Docker Compose $compose_version"
      else
        fail "Docker Compose $compose_version is too old: the course needs Compose v2." \
          'Update Docker Desktop, or install the docker-compose-plugin package (Linux).'
      fi ;;
  esac
else
  fail 'Docker Compose v2 is missing: the command docker compose does not work.' \
    "Linux: install the docker-compose-plugin package from the package repository of Docker (the" \
    "docker-compose package of many distributions is the old Compose v1). macOS, Windows: update Docker Desktop."
fi

# 4. A real container runs, and tells the architecture and the free space of the engine's disk.
probe="import platform, shutil, sys; print('Docker works! Python', sys.version.split()[0]); print('setup-check', platform.machine(), shutil.disk_usage('/').free // 1048576)"
machine=''
free_mb=''
if run_output="$(docker run --rm "$python_image" python -c "$probe" 2>&1)"; then
  probe_line="$(printf '%s\n' "$run_output" | grep '^setup-check ' | tail -n 1)"
  read -r _ machine free_mb <<<"$probe_line"
  if [ -n "$machine" ]; then
    pass "a container of $python_image runs: $(printf '%s\n' "$run_output" | grep 'Docker works!' | tail -n 1)"
  else
    fail "A container of $python_image ran, but did not print what it should:" "$run_output"
  fi
else
  explain_failure "docker run --rm $python_image failed" "$run_output"
fi

case "$machine" in
  '') ;;
  x86_64 | amd64) info 'Architecture: amd64 (an Intel or AMD processor).' "${arch_amd64[@]}" ;;
  aarch64 | arm64) info 'Architecture: arm64 (Apple silicon, or another ARM processor).' "${arch_arm64[@]}" ;;
  *) warn "Architecture: $machine." 'The course is tested on amd64 and arm64 only: some of its pinned packages may not install here.' ;;
esac

# 5. The course images: pulled (needed), and the lab images built at home (worth it).
missing_pulled=()
for image in "${pulled_images[@]}"; do
  docker image inspect "$image" >/dev/null 2>&1 || missing_pulled+=("$image")
done
if [ "${#missing_pulled[@]}" -eq 0 ]; then
  pass "the ${#pulled_images[@]} images the labs pull are on this laptop"
else
  fail "not pulled yet: ${missing_pulled[*]}" \
    "Run the pre-pull script (pre-pull.sh), or the docker pull commands in step 3 of $before_page."
fi
missing_built=()
for image in "${lab_images[@]}"; do
  docker image inspect "$image" >/dev/null 2>&1 || missing_built+=("$image")
done
if [ "${#missing_built[@]}" -eq 0 ]; then
  pass "the ${#lab_images[@]} lab images of the prepare-at-home script are built"
else
  warn "lab images not built yet: ${missing_built[*]}" \
    'Worth doing at home: run setup/prepare-at-home.sh in the course folder, so that the lab builds' \
    'on the day take their package installs from the cache instead of the conference network.'
fi

# 6. Free space where Docker keeps its images (measured inside the container above).
case "$free_mb" in
  '' | *[!0-9]*) ;;
  *)
    need_gb="$need_gb_fresh"
    if [ "${#missing_pulled[@]}" -eq 0 ] && [ "${#missing_built[@]}" -eq 0 ]; then need_gb="$need_gb_prepared"; fi
    free_gb=$((free_mb / 1024))
    if [ "$free_mb" -ge $((need_gb * 1024)) ]; then
      pass "$free_gb GB free where Docker keeps its images (the course needs about $need_gb GB)"
    else
      fail "only $free_gb GB free where Docker keeps its images: the course needs about $need_gb GB." \
        'Docker Desktop: raise its disk limit in Settings, Resources. Anywhere: docker system df shows' \
        "what Docker uses, and docker system prune removes what nothing uses. See $troubleshooting#disk-space"
    fi ;;
esac

# 7. The host ports the labs publish are free.
busy=0
for i in "${!ports[@]}"; do
  port="${ports[$i]}"
  port_in_use "$port" || continue
  busy=$((busy + 1))
  holder="$(docker ps --filter "publish=$port" --format '{{.Names}}' 2>/dev/null | head -n 1)"
  if [ -n "$holder" ]; then
    fail "port $port is taken by your container $holder, and ${port_labs[$i]} needs it." "Stop it: docker stop $holder"
  else
    fail "port $port is taken by another program, and ${port_labs[$i]} needs it." \
      "Find it (macOS, Linux: lsof -nP -iTCP:$port -sTCP:LISTEN; Git Bash: netstat -ano | grep :$port) and stop it," \
      "or publish that lab on another host port: see $troubleshooting#port-clashes"
  fi
done
if [ "$busy" -eq 0 ]; then pass "ports ${ports[*]} are free (the labs publish them on 127.0.0.1)"; fi

# 8. Git, to get the course material (the ZIP download works without it).
if command -v git >/dev/null 2>&1; then
  pass "$(git --version)"
else
  warn 'Git is not installed.' "Install it (step 2 of $before_page), or download the course material as a ZIP (step 5)."
fi

finish
