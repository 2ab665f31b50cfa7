#!/usr/bin/env bash
# Install everything a fresh Debian 12 machine lacks to build and test the extension.
# Idempotent: on a ready machine it checks and returns in seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
for pkg in postgresql-15 postgresql-server-dev-15 clang libclang-dev pkg-config sudo; do
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

pg_config="$(pg_config --bindir)/pg_config"
pgrx_home=${PGRX_HOME:-$HOME/.pgrx}
if ! grep -qs "^pg15 *= *\"$pg_config\"" "$pgrx_home/config.toml"; then
  echo "setup: cargo pgrx init --pg15=$pg_config"
  cargo pgrx init --pg15="$pg_config" >/dev/null
fi

# The metadata validator in ../shared needs jsonschema.
python3 -c 'import jsonschema' 2>/dev/null || pip install -q jsonschema
echo "setup: ready (pgrx $pgrx_version, $("$pg_config" --version))"
