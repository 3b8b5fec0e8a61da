#!/bin/sh
# Entrypoint of the nginx stand-in: as in the official image, when the command is nginx, the
# executable *.sh files in /docker-entrypoint.d run first, in name order; then the command runs.
set -e
if [ "$1" = nginx ] || [ "$1" = nginx-debug ]; then
  for script in $(find /docker-entrypoint.d/ -mindepth 1 -maxdepth 1 -type f -name '*.sh' | sort); do
    if [ -x "$script" ]; then
      echo "$0: Launching $script"
      "$script"
    else
      echo "$0: Ignoring $script, not executable"
    fi
  done
  echo "$0: Configuration complete; ready for start up"
fi
exec "$@"
