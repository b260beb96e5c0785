#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: made in DIR, listening only on a Unix socket in
# DIR/socket, stopped and deleted by `stop`. initdb refuses to run as root, so under root the
# cluster runs as the `postgres` user (Debian's postgresql package makes it).
#   tests/pg/pgcluster.sh start DIR   prints the server's URL (postgresql://USER@/postgres?host=DIR/socket)
#   tests/pg/pgcluster.sh stop DIR
set -euo pipefail

action=${1:?usage: pgcluster.sh start|stop DIR}
dir=${2:?usage: pgcluster.sh start|stop DIR}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [[ -z "$bindir" || ! -x "$bindir/initdb" ]]; then
  echo "pgcluster: PostgreSQL is not installed (Debian: postgresql)" >&2
  exit 1
fi

as_owner=()
owner=$(id -un)
if ((EUID == 0)); then
  owner=postgres
  as_owner=(runuser -u postgres --)
fi

case "$action" in
  start)
    "$0" stop "$dir" 2>/dev/null || true
    mkdir -p "$dir"
    chmod 0755 "$dir"
    if ((EUID == 0)); then chown postgres "$dir"; fi
    "${as_owner[@]}" mkdir -p "$dir/data" "$dir/socket"
    # UTF-8 with a UTF-8 character type, so that the search index takes Chinese characters for letters.
    "${as_owner[@]}" "$bindir/initdb" -D "$dir/data" -U "$owner" -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    # Members of doccontrol_password_users sign in with a password (what a password prompt is
    # tested against); everyone else is trusted.
    "${as_owner[@]}" sh -c "{ echo 'local all +doccontrol_password_users scram-sha-256'; cat '$dir/data/pg_hba.conf'; } >'$dir/data/pg_hba.new' && mv '$dir/data/pg_hba.new' '$dir/data/pg_hba.conf'"
    "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses='' -c unix_socket_directories='$dir/socket' -c fsync=off -c max_connections=200" start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgresql://$owner@/postgres?host=$dir/socket"
    ;;
  stop)
    if [[ -f "$dir/data/postmaster.pid" ]]; then
      "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "pgcluster: unknown action $action" >&2
    exit 2
    ;;
esac
