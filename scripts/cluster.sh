#!/usr/bin/env bash
# A throwaway PostgreSQL cluster of our own, run as the postgres user (initdb
# refuses root), with its own port and socket directory, so nothing else on the
# machine is touched. The server is the one of $PSH_PG_CONFIG (default: pg_config
# on PATH, Debian's 15). Usage: cluster.sh start | stop | env
#   start: (re)create the cluster and start it;  stop: stop it and delete it;
#   env:   print the PGHOST/PGPORT/PGUSER exports that point psql at it (and PATH at
#          its version's bindir).
set -euo pipefail
PSH_PORT=${PSH_PORT:-54329}
PSH_DIR=${PSH_DIR:-/tmp/psh_cluster_$PSH_PORT}
bindir=$("${PSH_PG_CONFIG:-pg_config}" --bindir)
as_postgres() { runuser -u postgres -- "$@"; }

case "${1:-}" in
  start)
    "$0" stop >/dev/null 2>&1 || true
    mkdir -p "$PSH_DIR/sock"
    chown -R postgres "$PSH_DIR"
    as_postgres "$bindir/initdb" -D "$PSH_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    # no RUST_BACKTRACE in the server: errors read as users see them, not with backtraces
    # (PSH_KEEP_BACKTRACE=1 keeps it: tests/shell/security.sh checks errors stay clean even then)
    drop_bt=(-u RUST_BACKTRACE -u RUST_LIB_BACKTRACE)
    [ "${PSH_KEEP_BACKTRACE:-}" = 1 ] && drop_bt=()
    env "${drop_bt[@]}" runuser -u postgres -- "$bindir/pg_ctl" -D "$PSH_DIR/data" -l "$PSH_DIR/log" -w \
      -o "-p $PSH_PORT -k $PSH_DIR/sock -c listen_addresses=''" start >/dev/null
    ;;
  stop)
    if [ -f "$PSH_DIR/data/postmaster.pid" ]; then
      as_postgres "$bindir/pg_ctl" -D "$PSH_DIR/data" -m fast -w stop >/dev/null
    fi
    rm -rf "$PSH_DIR"
    ;;
  env)
    # the client tools (psql, pg_dump…) of the server's own version first on PATH
    echo "export PGHOST=$PSH_DIR/sock PGPORT=$PSH_PORT PGUSER=postgres PATH=$bindir:\$PATH"
    ;;
  *)
    echo "usage: $0 start|stop|env" >&2
    exit 2
    ;;
esac
