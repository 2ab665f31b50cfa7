#!/usr/bin/env bash
# Upgrades: every released version, installed from its frozen script and brought to
# the current version by ALTER EXTENSION … UPDATE, has exactly the objects of a fresh
# install (tests/upgrade/schema_snapshot.sql). While the current version is itself a
# released one, its frozen script must still give what the code generates today.
set -euo pipefail
out=${PSH_REGRESS_OUT:-/tmp/psh_regress}
ext=pg_sequin_hasura
extdir="$("${PSH_PG_CONFIG:-pg_config}" --sharedir)/extension"   # the version under test
current=$(sed -nE 's/^version = "([^"]+)"$/\1/p' Cargo.toml | head -1)
snapshot() { psql -X -q -v ON_ERROR_STOP=1 -d "$1" -f tests/upgrade/schema_snapshot.sql; }
fresh_db() { psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1"; }

fresh_db psh_fresh
psql -X -q -v ON_ERROR_STOP=1 -d psh_fresh -c "CREATE EXTENSION $ext"
snapshot psh_fresh > "$out/upgrade_fresh.txt"
[ "$(grep -c '^member: ' "$out/upgrade_fresh.txt")" -gt 10 ] || { echo "the snapshot lists almost nothing"; exit 1; }

generated="$extdir/$ext--$current.sql"
checked=0
for frozen in sql/$ext--*.sql; do
  version=${frozen#sql/$ext--}; version=${version%.sql}
  case "$version" in *--*) continue ;; esac   # an upgrade script, not a release
  db=psh_upgrade_$(echo "$version" | tr . _)
  fresh_db "$db"
  if [ "$version" = "$current" ]; then
    # the same version number: swap the frozen script in for the generated one
    cp "$generated" "$out/generated.sql"
    trap 'cp "$out/generated.sql" "$generated"' EXIT
    cp "$frozen" "$generated"
    psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c "CREATE EXTENSION $ext"
    cp "$out/generated.sql" "$generated"; trap - EXIT
  else
    cp "$frozen" "$extdir/$ext--$version.sql"
    psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c "CREATE EXTENSION $ext VERSION '$version'" -c "ALTER EXTENSION $ext UPDATE"
  fi
  [ "$(psql -X -At -d "$db" -c "SELECT extversion FROM pg_extension WHERE extname = '$ext'")" = "$current" ] \
    || { echo "$version did not reach $current"; exit 1; }
  snapshot "$db" > "$out/upgrade_from_$version.txt"
  if ! diff -u "$out/upgrade_fresh.txt" "$out/upgrade_from_$version.txt"; then
    echo "installed from $version and upgraded to $current: not the objects of a fresh install"
    exit 1
  fi
  # the upgraded install works, not just looks the same
  psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c "CREATE SCHEMA s; CREATE TABLE s.a (id text PRIMARY KEY); CREATE TABLE s.b (id text PRIMARY KEY, a_id text)" \
    -c "SELECT sequin_hasura_metadata('s')" >/dev/null
  echo "from $version: same $(grep -c '' "$out/upgrade_fresh.txt") snapshot lines as a fresh $current"
  checked=$((checked + 1))
done
[ "$checked" -gt 0 ] || { echo "no released install script under sql/"; exit 1; }
