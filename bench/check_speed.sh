#!/usr/bin/env bash
# Times `storypress check` and `storypress build` on synthetic storybooks (median of 5 runs).
# Usage: bench/check_speed.sh [N ...]   (default: 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=target/release/storypress
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
printf "%8s  %12s  %12s\n" stories "check (ms)" "build (ms)"
for n in "${@:-1000}"; do
  python3 bench/gen_corpus.py "$n" "$work/book-$n"
  c=$(for _ in 1 2 3 4 5; do time_ms "$bin" check "$work/book-$n"; done | median)
  b=$(for _ in 1 2 3 4 5; do time_ms "$bin" build "$work/book-$n" --out "$work/site-$n"; done | median)
  printf "%8s  %12s  %12s\n" "$n" "$c" "$b"
done
