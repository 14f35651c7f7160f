#!/usr/bin/env bash
# Profile one `storypress build` of a synthetic storybook and print where the time goes.
#
# Usage: bench/profile.sh [N]          (default: 10000 stories)
#   TOOL=perf|callgrind   perf (default) samples the software cpu-clock event every 0.5 ms, so it works
#                         in VMs without hardware counters; callgrind is exact but ~50x slower
#                         (use N=2000 with it). Falls back to callgrind when perf cannot record.
#   KEEP=DIR              also copy perf.data / callgrind.out, the binary and the report into DIR
#   PERF_DATA=FILE        only print the reports of an earlier recording (e.g. DIR/perf.data)
#   WORKDIR=DIR           where the storybook and the sites go (default: /dev/shm when it has
#                         room, see below; WORKDIR=/tmp profiles writing to disk)
#
# It builds storypress with symbols and frame pointers into target/profile (so the ordinary
# target/release is left alone: CARGO_PROFILE_RELEASE_DEBUG=true, -C force-frame-pointers=yes),
# generates the storybook with bench/gen_corpus.py, times `storypress check` and `build`
# (median of 3 each: build − check ≈ gate + render + write), then records one build and prints:
#   1. self time by function (top 25),
#   2. inclusive time of storypress's own functions (top 30),
#   3. wall-clock span and CPU time of each build phase, from the samples' timestamps.
# Installs linux-perf / valgrind and time from Debian when missing (sudo when not root).
# Everything else goes to a temporary folder that is removed on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
n=${1:-10000}
tool=${TOOL:-perf}

# The three reports of one perf.data (recorded with -e cpu-clock -c 500000 -g).
perf_report() {
  local data=$1
  echo
  echo "== self time by function (perf, cpu-clock, all threads) =="
  perf report -i "$data" --no-children --sort symbol --percent-limit 0.3 --stdio -g none 2>/dev/null \
    | grep -v -e '^#' -e '^$' | sed 's/  *-  *-  *$//' | awk 'NR <= 30' || true
  echo
  echo "== inclusive time of storypress functions (children included) =="
  perf report -i "$data" --children --sort symbol --stdio -g none 2>/dev/null \
    | grep 'storypress::' | grep -v -e '^#' -e 'core::ops::function' | sed 's/  *-  *-  *$//' | awk 'NR <= 40' || true
  echo
  echo "== build phases (wall span between the first and last sample of each; CPU = samples × 0.5 ms) =="
  perf script -i "$data" -F tid,time,ip,sym 2>/dev/null | python3 bench/perf_phases.py 0.5 8 || true
}
if [ -n "${PERF_DATA:-}" ]; then # report on an earlier recording (KEEP=DIR keeps one)
  perf_report "$PERF_DATA"
  exit 0
fi

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
install() {
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}
[ -x /usr/bin/time ] || install time
if [ "$tool" = perf ] && ! command -v perf >/dev/null 2>&1; then install linux-perf; fi
if [ "$tool" = perf ] && ! perf record -q -e cpu-clock -o /dev/null true >/dev/null 2>&1; then
  echo "perf cannot record here; using valgrind --tool=callgrind instead" >&2
  tool=callgrind
fi
if [ "$tool" = callgrind ] && ! command -v valgrind >/dev/null 2>&1; then install valgrind; fi

echo "building storypress with symbols into target/profile…" >&2
CARGO_TARGET_DIR=$repo/target/profile CARGO_PROFILE_RELEASE_DEBUG=true \
  RUSTFLAGS="-C force-frame-pointers=yes" cargo build --release --quiet
. bench/workdir.sh # $work (removed on exit) and $fs; WORKDIR chooses the disk
# perf reads symbols from the binary at report time: with KEEP it stays there for PERF_DATA.
bin=${KEEP:-$work}/storypress
mkdir -p "${KEEP:-$work}"
cp "$repo/target/profile/release/storypress" "$bin"

python3 bench/gen_corpus.py "$n" "$work/book"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
"$bin" build "$work/book" --out "$work/warm" >"$work/log" 2>&1 || { cat "$work/log" >&2; exit 1; } # page cache
rm -rf "$work/warm"
check=$(for _ in 1 2 3; do ms "$bin" check "$work/book"; done | median)
build=$(for i in 1 2 3; do ms "$bin" build "$work/book" --out "$work/site-$i"; rm -rf "$work/site-$i"; done | median)
echo
echo "$n stories, $(nproc) cores, output on $fs: check ${check} ms, build ${build} ms (build − check = $((build - check)) ms: gate, render, write)"
/usr/bin/time -f "peak RSS of one build: %M KB" "$bin" build "$work/book" --out "$work/site-rss" 2>&1 >/dev/null | tail -n 1
rm -rf "$work/site-rss"

report=$work/report.txt
if [ "$tool" = perf ]; then
  perf record -q --no-buildid-cache -e cpu-clock -c 500000 -g -o "$work/perf.data" \
    "$bin" build "$work/book" --out "$work/site-prof" >/dev/null 2>&1
  rm -rf "$work/site-prof"
  [ -z "${KEEP:-}" ] || cp "$work/perf.data" "$KEEP/"
  perf_report "$work/perf.data" | tee "$report"
  [ -z "${KEEP:-}" ] || cp "$report" "$KEEP/"
else
  valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" \
    "$bin" build "$work/book" --out "$work/site-prof" >/dev/null 2>&1
  {
    echo
    echo "== self cost by function (callgrind, instructions) =="
    callgrind_annotate "$work/callgrind.out" 2>/dev/null | sed -n '/^ *Ir/,$p' | awk 'NR <= 30' || true
    echo
    echo "== inclusive cost =="
    callgrind_annotate --inclusive=yes "$work/callgrind.out" 2>/dev/null | grep storypress:: | awk 'NR <= 40' || true
  } | tee "$report"
  [ -z "${KEEP:-}" ] || { mkdir -p "$KEEP"; cp "$work/callgrind.out" "$report" "$KEEP/"; }
fi
