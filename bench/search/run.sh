#!/usr/bin/env bash
# Search benchmark: bytes fetched and time to results for storypress's search page and for
# Pagefind, on synthetic storybooks of N stories, in Debian's Chromium (see bench.mjs).
# Usage: bench/search/run.sh [N ...]        (default: 1000 10000)
# BENCH_DIR=dir keeps the corpora and sites there (reused by the next run); RUNS=n sets the
# number of timed runs per search (default 3). BEFORE=BIN also builds each storybook with that
# storypress binary (say, one built from `main`) and measures its search beside the new one.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -x /usr/bin/chromium ] || { echo "needs Debian's chromium at /usr/bin/chromium (scripts/test.sh installs it)" >&2; exit 1; }
[ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund --loglevel=error
# Pagefind is only needed here, and its per-platform binaries don't lock portably: install it
# for this machine without touching package.json.
[ -d node_modules/pagefind ] || npm install --no-save --no-audit --no-fund --loglevel=error pagefind@1.6.0
cargo build --release --quiet
bin=$PWD/target/release/storypress
if [ -n "${BENCH_DIR:-}" ]; then
  work=$BENCH_DIR
  mkdir -p "$work"
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi
[ $# -gt 0 ] || set -- 1000 10000
sites=()
for n in "$@"; do
  [ -f "$work/book-$n/storybook.yaml" ] || python3 bench/gen_corpus.py "$n" "$work/book-$n"
  rm -rf "$work/site-$n"
  echo "== $n stories: storypress build" >&2
  s=$(date +%s%N)
  "$bin" build "$work/book-$n" --out "$work/site-$n" >/dev/null
  echo "   $(( ($(date +%s%N) - s) / 1000000 )) ms; index on disk: $(du -sh "$work/site-$n/search" | cut -f1)" >&2
  echo "== $n stories: npx pagefind --site (CLI defaults)" >&2
  npx --no-install pagefind --site "$work/site-$n" --silent
  sites+=("$n:$work/site-$n")
  if [ -n "${BEFORE:-}" ]; then
    rm -rf "$work/site-$n-before"
    "$BEFORE" build "$work/book-$n" --out "$work/site-$n-before" >/dev/null
    echo "   before: index on disk $(du -sh "$work/site-$n-before/search" | cut -f1), $(find "$work/site-$n-before/search" -type f | wc -l) files (now $(find "$work/site-$n/search" -type f | wc -l))" >&2
    sites+=("$n before:$work/site-$n-before")
  fi
done
node bench/search/bench.mjs "${sites[@]}"
