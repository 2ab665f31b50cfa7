#!/usr/bin/env bash
# Install everything a fresh Debian 12 machine lacks to build and test the extension on
# PostgreSQL 15, 17 and 18 (or on the major versions given: setup.sh 15). 15 is Debian's
# package; 17 and 18 are built from source once per machine by scripts/build_pg.sh (a few
# minutes each) into /var/cache/pg_sequin_hasura/pg17, pg18, outside the clone. cargo pgrx
# init is told where each pg_config is (~/.pgrx/config.toml).
# Idempotent: on a ready machine it checks and returns in seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
versions=("$@"); [ $# -gt 0 ] || versions=(15 17 18)

pkgs=(postgresql-15 postgresql-server-dev-15 clang libclang-dev pkg-config sudo)
for v in "${versions[@]}"; do
  case "$v" in
    15) ;;
    17|18) pkgs+=(build-essential bison flex libicu-dev zlib1g-dev bzip2 curl ca-certificates) ;;
    *) echo "setup: PostgreSQL $v is not supported (15, 17, 18)" >&2; exit 2 ;;
  esac
done
need_apt=()
for pkg in $(printf '%s\n' "${pkgs[@]}" | sort -u); do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need_apt+=("$pkg")
done
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: installing ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
# Debian starts a main cluster on 5432; we never use it, and it is not ours to stop.

# cargo-pgrx must be exactly the pgrx version in Cargo.toml (read, not repeated here).
pgrx_version=$(sed -nE 's/^pgrx = "=?([^"]+)"$/\1/p' Cargo.toml)
if [ "$(cargo pgrx --version 2>/dev/null | awk '{print $2}')" != "$pgrx_version" ]; then
  echo "setup: installing cargo-pgrx $pgrx_version (a few minutes)"
  cargo install cargo-pgrx --version "=$pgrx_version" --locked
fi

# Each version's pg_config; cargo pgrx init with every one (plain init would download).
declare -A pg_configs=()
pgrx_home=${PGRX_HOME:-$HOME/.pgrx}
configured() { sed -nE "s/^pg$1 *= *\"(.*)\"\$/\1/p" "$pgrx_home/config.toml" 2>/dev/null || true; }
# keep what is configured already (setup.sh 15 must not forget 17 and 18)
for v in 13 14 15 16 17 18; do
  c=$(configured $v)
  if [ -n "$c" ] && [ -x "$c" ]; then pg_configs[$v]=$c; fi
done
init=no
for v in "${versions[@]}"; do
  if [ "$v" = 15 ]; then
    c="$(pg_config --bindir)/pg_config"
  else
    c="$(bash scripts/build_pg.sh "$v")/bin/pg_config"
  fi
  [ "$(configured "$v")" = "$c" ] || init=yes
  pg_configs[$v]=$c
done
if [ "$init" = yes ]; then
  args=(); for v in $(printf '%s\n' "${!pg_configs[@]}" | sort -n); do args+=("--pg$v=${pg_configs[$v]}"); done
  echo "setup: cargo pgrx init ${args[*]}"
  cargo pgrx init "${args[@]}" >/dev/null
fi

# The metadata validator in ../shared needs jsonschema.
python3 -c 'import jsonschema, yaml' 2>/dev/null || pip install -q jsonschema PyYAML
echo "setup: ready (pgrx $pgrx_version, $(for v in "${versions[@]}"; do "${pg_configs[$v]}" --version | awk '{print $1, $2}'; done | paste -sd, | sed 's/,/, /g'))"
