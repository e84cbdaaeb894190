#!/usr/bin/env bash
# Fails when contracts/out or bindings/ differ from what the sources
# produce, and lists the files that differ. It compiles and generates into
# a temporary directory and compares that with the work tree, which it
# never writes: an interrupted check leaves the tree as it was.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

CONTRACTS_OUT="$tmp/out" node contracts/compile.js >/dev/null
ARTIFACTS="$tmp/out" BINDINGS_OUT="$tmp/bindings" contracts/bindings.sh >/dev/null

# compare GENERATED TREE prints one line per file that differs, is missing
# from TREE, or is in TREE but not generated.
compare() {
  { (cd "$1" && find . -type f); [ -d "$2" ] && (cd "$2" && find . -type f); } | sed 's|^\./||' | sort -u |
    while IFS= read -r f; do
      if [ ! -e "$2/$f" ]; then
        echo "  missing    $2/$f"
      elif [ ! -e "$1/$f" ]; then
        echo "  left over  $2/$f"
      elif ! cmp -s "$1/$f" "$2/$f"; then
        echo "  differs    $2/$f"
      fi
    done
}
stale=$(compare "$tmp/out" contracts/out; compare "$tmp/bindings" bindings)
if [ -n "$stale" ]; then
  echo "generated code is stale: run 'make generate' and commit contracts/out and bindings/"
  echo "$stale"
  exit 1
fi
echo "generated code is up to date"
