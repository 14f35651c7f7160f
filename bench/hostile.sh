#!/usr/bin/env bash
# A complexity check per hostile family: times `storypress build` (median of 3) on a storybook
# holding one hostile story at 1× and at 8× size (bench/gen_hostile.py), and prints the ratio.
# Near 8 means the build is linear in that family; near 64 means quadratic.
# Usage: bench/hostile.sh [N]   (N = the 1× size, default 4000; FAMILIES="a b" picks families)
# BIN=path/to/storypress times another binary (e.g. an older build) instead of building one.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${BIN:-}" ]; then
  cargo build --release --quiet
  BIN=target/release/storypress
fi
source bench/workdir.sh
n=${1:-4000}
families=${FAMILIES:-$(python3 bench/gen_hostile.py --list)}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_ms() { local s e; s=$(date +%s%N); timeout "${TIMEOUT:-120}" "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
run() { # family size -> median ms of 3 builds
  local book="$work/$1-$2"
  python3 bench/gen_hostile.py "$1" "$2" "$book"
  for _ in 1 2 3; do time_ms "$BIN" build "$book" --out "$work/site-$1-$2"; done | median
  rm -rf "$book" "$work/site-$1-$2"
}
echo "storypress build, one hostile story, N = $n, median of 3, outputs on $fs"
printf "%-15s %10s %10s %7s\n" family "1x (ms)" "8x (ms)" ratio
for f in $families; do
  small=$(run "$f" "$n")
  large=$(run "$f" $((n * 8)))
  printf "%-15s %10s %10s %7s\n" "$f" "$small" "$large" \
    "$(awk -v a="$small" -v b="$large" 'BEGIN { printf "%.1f", b / (a > 0 ? a : 1) }')"
done
