#!/usr/bin/env bash
# A released script is never edited: the frozen install script of each release and
# every upgrade script that leads to a released version stay byte for byte as they
# were committed first (git history), and as committed (working tree).
set -euo pipefail
ext=pg_sequin_hasura
released=()
for f in sql/$ext--*.sql; do
  v=${f#sql/$ext--}; v=${v%.sql}
  case "$v" in *--*) ;; *) released+=("$v") ;; esac
done
[ ${#released[@]} -gt 0 ] || { echo "no frozen release under sql/"; exit 1; }
if [ "$(git rev-parse --is-shallow-repository 2>/dev/null)" = true ]; then
  echo "shallow clone: history not checked, only the working tree"
fi
checked=0
for f in sql/$ext--*.sql; do
  v=${f#sql/$ext--}; v=${v%.sql}; target=${v##*--}
  printf '%s\n' "${released[@]}" | grep -qxF "$target" || continue   # leads to an unreleased version: still editable
  git ls-files --error-unmatch "$f" >/dev/null 2>&1 || { echo "$f is released but not committed"; exit 1; }
  git diff --quiet HEAD -- "$f" || { echo "$f is released and has uncommitted edits"; exit 1; }
  edits=$(git log --format=%h --diff-filter=M -- "$f")
  [ -z "$edits" ] || { echo "$f is released and was edited in: $edits"; exit 1; }
  checked=$((checked + 1))
done
echo "released scripts unedited: $checked (releases: ${released[*]})"
