#!/usr/bin/env bash
# Entrypoint of the postgres stand-in. It follows the behaviour the official image documents:
#   - POSTGRES_PASSWORD (required on first start), POSTGRES_USER (default postgres),
#     POSTGRES_DB (default: the user's name), POSTGRES_INITDB_ARGS; each may instead be read from
#     a file named by the same variable with _FILE (Compose and Docker secrets);
#   - on an empty PGDATA: initdb, password authentication for network clients, then
#     /docker-entrypoint-initdb.d/*.sql and *.sh run in name order against a server that listens
#     on no TCP address (so a TCP `pg_isready` only succeeds once initialisation is over);
#   - a PGDATA that holds a database is used as it is; the scripts do not run again;
#   - as root it fixes ownership and drops to the postgres user.
set -Eeuo pipefail

# Reads VAR or VAR_FILE (never both) into VAR, with an optional default.
from_env_or_file() {
  local name="$1" default="${2:-}" file_name="${1}_FILE"
  if [ -n "${!name:-}" ] && [ -n "${!file_name:-}" ]; then
    echo >&2 "error: both $name and $file_name are set; use one of them"
    exit 1
  fi
  local value="$default"
  if [ -n "${!name:-}" ]; then
    value="${!name}"
  elif [ -n "${!file_name:-}" ]; then
    value="$(< "${!file_name}")"
  fi
  export "$name"="$value"
  unset "$file_name"
}

run_sql() {
  psql -v ON_ERROR_STOP=1 --no-psqlrc --no-password --username "$POSTGRES_USER" "$@"
}

initialise() {
  if [ -z "$POSTGRES_PASSWORD" ] && [ "${POSTGRES_HOST_AUTH_METHOD:-}" != trust ]; then
    cat >&2 <<'MSG'
Error: Database is uninitialized and superuser password is not specified.
       You must specify POSTGRES_PASSWORD to a non-empty value for the superuser.
MSG
    exit 1
  fi
  initdb --username="$POSTGRES_USER" --pwfile=<(printf '%s\n' "$POSTGRES_PASSWORD") ${POSTGRES_INITDB_ARGS:-}
  local method="${POSTGRES_HOST_AUTH_METHOD:-scram-sha-256}"
  printf '\nhost all all all %s\n' "$method" >> "$PGDATA/pg_hba.conf"

  # A private server: Unix socket only, so nothing outside sees a half-made database.
  pg_ctl -D "$PGDATA" -o "-c listen_addresses='' -p ${PGPORT:-5432}" -w start
  export PGPASSWORD="$POSTGRES_PASSWORD"
  # psql fills in :'db' only in scripts it reads, not in --command: the queries go in on stdin.
  if [ -z "$(run_sql --dbname postgres --set db="$POSTGRES_DB" --tuples-only <<<"SELECT 1 FROM pg_database WHERE datname = :'db';")" ]; then
    run_sql --dbname postgres --set db="$POSTGRES_DB" <<<'CREATE DATABASE :"db";'
  fi
  local script
  for script in /docker-entrypoint-initdb.d/*; do
    case "$script" in
      *.sql) echo "$0: running $script"; run_sql --dbname "$POSTGRES_DB" -f "$script" ;;
      *.sh)
        if [ -x "$script" ]; then echo "$0: running $script"; "$script"
        else echo "$0: sourcing $script"; . "$script"; fi ;;
      */\*) ;;  # the folder is empty
      *) echo "$0: ignoring $script" ;;
    esac
  done
  unset PGPASSWORD
  pg_ctl -D "$PGDATA" -m fast -w stop
  echo
  echo 'PostgreSQL init process complete; ready for start up.'
  echo
}

if [ "${1:0:1}" = '-' ]; then
  set -- postgres "$@"
fi

# `postgres --version` and the like only print something: no set-up for those.
wants_help() {
  local arg
  for arg; do
    case "$arg" in -'?' | --help | --describe-config | -V | --version) return 0 ;; esac
  done
  return 1
}

if [ "$1" = postgres ] && ! wants_help "$@"; then
  from_env_or_file POSTGRES_PASSWORD
  from_env_or_file POSTGRES_USER postgres
  from_env_or_file POSTGRES_DB "$POSTGRES_USER"
  from_env_or_file POSTGRES_INITDB_ARGS
  mkdir -p "$PGDATA"
  chmod 700 "$PGDATA" || :
  if [ "$(id -u)" = 0 ]; then
    find "$PGDATA" /var/run/postgresql \! -user postgres -exec chown postgres: '{}' +
    # setpriv (util-linux) plays the part of the official image's gosu.
    exec setpriv --reuid=postgres --regid=postgres --init-groups "$BASH_SOURCE" "$@"
  fi
  if [ -s "$PGDATA/PG_VERSION" ]; then
    echo
    echo 'PostgreSQL Database directory appears to contain a database; Skipping initialization'
    echo
  else
    initialise
  fi
fi

exec "$@"
