#!/usr/bin/env bash
# Build PostgreSQL MAJOR (17 or 18; Debian 12 packages only 15) from Debian's copy of the
# upstream source, without Debian's patches, into a cache outside the clone:
# ${PSH_PG_CACHE:-/var/cache/pg_sequin_hasura}/pgMAJOR (bin/pg_config is the entry point).
# Idempotent: a finished build is reused (by every clone on the machine) in milliseconds. A
# build happens in a temporary directory and is moved into place only once installed, so an
# interrupted run leaves nothing half-built behind; a lock keeps two runs from building at once.
# Usage: build_pg.sh MAJOR   (prints the prefix on stdout)
set -euo pipefail
major=${1:?usage: build_pg.sh 17|18}
cache=${PSH_PG_CACHE:-/var/cache/pg_sequin_hasura}
prefix=$cache/pg$major
pool=https://deb.debian.org/debian/pool/main/p/postgresql-$major
log() { echo "build_pg: $*" >&2; }

done_already() { [ -x "$prefix/bin/pg_config" ] && "$prefix/bin/pg_config" --version >/dev/null 2>&1; }
done_already && { echo "$prefix"; exit 0; }

mkdir -p "$cache"
chmod 755 "$cache"        # the server runs as postgres: it must reach bin/, lib/, share/
exec 9>"$cache/.pg$major.lock"
flock 9
done_already && { echo "$prefix"; exit 0; }   # built by another run while we waited

rm -rf "$cache/.build-pg$major".*             # whatever an interrupted run left
work=$(mktemp -d "$cache/.build-pg$major.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"

# Upstream tarball (Debian's *.orig.tar.bz2 is upstream's, byte for byte), checksum verified.
# 18: apt-get source from sid (apt checks it against the signed index), with an apt config of
#     its own so the machine's sources and package caches are untouched.
# 17: trixie's index names a version the pool no longer holds: take the newest the pool has,
#     against the checksum of its .dsc, pinned here.
# A pinned pool download is the fallback for 18 too.
declare -A pinned=(
  [18.6]=555610c24d53e4316da5b7d3fc25c279d96856d5e0e23ee308c328c5fa881d9f
  [17.11]=dd27f2b3c59e73ed14aa3324901242bf69a032a6347805f274e6260322d42979
  [17.10]=078a03516dcdbdb705fecaf415ea3d13a956c589e46f09fed68a06fb00598c90
  [17.9]=3b9a62538a8da151e807a3ddb1198e8605f2032544d78f403ae883d27ecf1ee4
)
tarball=
if [ "$major" = 18 ]; then
  mkdir -p apt/lists/partial apt/cache/archives/partial
  echo "deb-src http://deb.debian.org/debian sid main" > apt/sources.list
  apt_opts=(-o Dir::Etc::SourceList="$work/apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
            -o Dir::State::Lists="$work/apt/lists" -o Dir::Cache="$work/apt/cache"
            -o APT::Sandbox::User=root -qq)
  if apt-get "${apt_opts[@]}" update >&2 && apt-get "${apt_opts[@]}" source --download-only postgresql-18 >&2; then
    tarball=$(ls postgresql-18_*.orig.tar.bz2 2>/dev/null | head -1)
  fi
  [ -n "$tarball" ] || log "apt-get source postgresql-18 failed, trying the pinned tarball"
fi
if [ -z "$tarball" ]; then
  for version in $(printf '%s\n' "${!pinned[@]}" | grep "^$major\." | sort -rV); do
    candidate=postgresql-${major}_$version.orig.tar.bz2
    if curl -fsSL --retry 3 -o "$candidate" "$pool/$candidate"; then
      if echo "${pinned[$version]}  $candidate" | sha256sum -c --quiet - >&2; then
        tarball=$candidate; break
      fi
      log "$candidate: checksum mismatch"
    fi
    rm -f "$candidate"
  done
fi
[ -n "$tarball" ] || { log "no PostgreSQL $major source found in $pool"; exit 1; }
version=${tarball#postgresql-${major}_}; version=${version%.orig.tar.bz2}
case "$version" in "$major".*) ;; *) log "$tarball is not PostgreSQL $major"; exit 1 ;; esac
log "building PostgreSQL $version from $tarball into $prefix (a few minutes)"

tar -xjf "$tarball"
cd "postgresql-$version"
# configured for the final prefix, installed under $work, moved into place when complete
./configure --prefix="$prefix" --with-icu --without-readline >"$work/configure.log" 2>&1 \
  || { tail -30 "$work/configure.log" >&2; exit 1; }
make -j"$(nproc)" -s >"$work/make.log" 2>&1 || { tail -50 "$work/make.log" >&2; exit 1; }
make -s install DESTDIR="$work/root" >"$work/install.log" 2>&1 || { tail -30 "$work/install.log" >&2; exit 1; }
staged=$work/root$prefix
# the golden tests run pgxs's pg_regress (pkglibdir is lib/ or lib/postgresql/, by prefix)
[ -n "$(find "$staged/lib" -path '*/pgxs/src/test/regress/pg_regress' -perm -u+x)" ] \
  || { log "make install left no pg_regress under pgxs"; exit 1; }
chmod -R u+rwX,go+rX "$staged"
rm -rf "$prefix"
mv "$staged" "$prefix"
log "PostgreSQL $version ready in $prefix"
echo "$prefix"
