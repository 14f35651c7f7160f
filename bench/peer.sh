#!/usr/bin/env bash
# Peer benchmark: the same synthetic storybook built by storypress and by Hugo (Debian's `hugo`,
# with the equivalent templates in bench/hugo/layouts/), runs alternating in one invocation.
#
# Usage: bench/peer.sh [N ...]            (default: 1000 5000 10000)
#   RUNS=5        timed runs of each tool per size (after one untimed warm-up run of each)
#   RUNS_LARGE=3  timed runs of each tool for sizes of 10,000 stories or more
#   REBUILD=1     each tool rebuilds into the same output folder every run (a reviewer's
#                 edit-and-rebuild loop: storypress reuses its spare tree, Hugo overwrites)
#                 instead of a fresh folder each run
#   SEARCH=1      Hugo also writes search.json (every story's text and metadata, the usual feed
#                 for a client-side search), as storypress always writes its search index
#   WORKDIR=DIR   where storybooks and sites go (default: /dev/shm when it has room, else
#                 $TMPDIR or /tmp; see below)
#
# For each N it generates the storybook once (bench/gen_corpus.py), converts it to a Hugo site
# (bench/hugo_site.py), then runs storypress, hugo, storypress, hugo, … each into a fresh
# output folder, timing wall clock and peak RSS (GNU time's %M). It prints one table (medians),
# the growth of each tool's time from the smallest to the largest N, and how many HTML pages
# each produced. Besides the median wall time it shows the fastest run and the median CPU time
# (user + sys), which other load on the machine disturbs much less: when the machine is busy
# (load average above its core count) it says so. Hugo runs with its defaults: its own
# parallelism, no --gc, no minify.
# Installs `hugo` and `time` from Debian when missing (with sudo when not root); needs cargo
# and python3 (standard library only). Everything it writes goes to a temporary folder that is
# removed on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
need=()
command -v hugo >/dev/null 2>&1 || need+=(hugo)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]} from Debian…" >&2
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${need[@]}" >/dev/null
fi

cargo build --release --quiet
sizes=("${@:-1000}")
[ $# -gt 0 ] || sizes=(1000 5000 10000)
runs=${RUNS:-5}
runs_large=${RUNS_LARGE:-3}

. bench/workdir.sh # $work (removed on exit) and $fs; WORKDIR chooses the disk
# A copy, so a concurrent `cargo build` cannot swap the binary between runs.
bin=$work/storypress
cp "$repo/target/release/storypress" "$bin"
export HUGO_CACHEDIR=$work/hugo-cache

median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }

# run TOOL N OUTDIR RECORD: one build; with RECORD=yes appends "wall_ms peak_kb cpu_s" to
# $work/TOOL-N.txt. Wall time is measured around GNU time, in nanoseconds; peak RSS (%M) and
# CPU time (%U + %S) come from GNU time.
run() {
  local tool=$1 n=$2 out=$3 record=$4 keep=${5:-} s e
  local book=$work/book-$n hsite=$work/hugo-$n
  [ -n "$keep" ] || rm -rf "$out"
  s=$(date +%s%N)
  case $tool in
    storypress) /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$bin" build "$book" --out "$out" >"$work/log" 2>&1 ;;
    hugo) /usr/bin/time -f "%e %M %U %S" -o "$work/time" hugo --quiet --source "$hsite" --destination "$out" >"$work/log" 2>&1 ;;
  esac || { echo "$tool failed on $n stories:" >&2; cat "$work/log" "$work/time" >&2; exit 1; }
  e=$(date +%s%N)
  if [ "$record" = yes ]; then
    echo "$(( (e - s) / 1000000 )) $(tail -n 1 "$work/time" | awk '{print $2, $3 + $4}')" >>"$work/$tool-$n.txt"
  fi
}

busy() { awk -v c="$(nproc)" '$1 > c {print $1}' /proc/loadavg; }
load_before=$(busy)
declare -A sp_s hg_s sp_min hg_min sp_cpu hg_cpu sp_mb hg_mb sp_pages hg_pages sp_built sp_raw hg_raw
for n in "${sizes[@]}"; do
  echo "== $n stories: generating" >&2
  python3 bench/gen_corpus.py "$n" "$work/book-$n"
  python3 bench/hugo_site.py "$work/book-$n" "$work/hugo-$n" ${SEARCH:+--search}
  # Warm-up (page cache, first-run effects) and page counts.
  run storypress "$n" "$work/sp-out" no
  sp_built[$n]=$(sed -n 's/.*built \([0-9]*\) pages (\([0-9]*\) files.*/\1 pages, \2 files/p' "$work/log" | head -n 1)
  sp_pages[$n]=$(find "$work/sp-out" -name '*.html' | wc -l)
  run hugo "$n" "$work/hugo-out" no
  hg_pages[$n]=$(find "$work/hugo-out" -name '*.html' | wc -l)
  [ -n "${REBUILD:-}" ] || rm -rf "$work/sp-out" "$work/hugo-out" "$work/.storypress-cache"
  r=$runs
  [ "$n" -lt 10000 ] || r=$runs_large
  for i in $(seq 1 "$r"); do
    echo "   run $i/$r: storypress, hugo" >&2
    if [ -n "${REBUILD:-}" ]; then
      run storypress "$n" "$work/sp-out" yes keep
      run hugo "$n" "$work/hugo-out" yes keep
    else
      run storypress "$n" "$work/sp-out-$i" yes
      rm -rf "$work/sp-out-$i"
      run hugo "$n" "$work/hugo-out-$i" yes
      rm -rf "$work/hugo-out-$i"
    fi
  done
  sp_s[$n]=$(awk '{print $1/1000}' "$work/storypress-$n.txt" | median)
  hg_s[$n]=$(awk '{print $1/1000}' "$work/hugo-$n.txt" | median)
  sp_min[$n]=$(awk '{print $1/1000}' "$work/storypress-$n.txt" | sort -n | head -n 1)
  hg_min[$n]=$(awk '{print $1/1000}' "$work/hugo-$n.txt" | sort -n | head -n 1)
  sp_cpu[$n]=$(awk '{print $3}' "$work/storypress-$n.txt" | median)
  hg_cpu[$n]=$(awk '{print $3}' "$work/hugo-$n.txt" | median)
  sp_mb[$n]=$(awk '{print $2/1024}' "$work/storypress-$n.txt" | median)
  hg_mb[$n]=$(awk '{print $2/1024}' "$work/hugo-$n.txt" | median)
  sp_raw[$n]=$(awk '{printf "%s%.2f", (NR > 1 ? " " : ""), $1/1000}' "$work/storypress-$n.txt")
  hg_raw[$n]=$(awk '{printf "%s%.2f", (NR > 1 ? " " : ""), $1/1000}' "$work/hugo-$n.txt")
  rm -rf "$work/book-$n" "$work/hugo-$n" "$work/.storypress-cache" "$work/sp-out" "$work/.sp-out".* "$work/hugo-out"
done

echo
echo "storypress $("$bin" --version | awk '{print $2}') ($(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$repo" diff --quiet HEAD -- src themes 2>/dev/null || echo ', uncommitted changes')) vs $(hugo version | awk '{print $1, $2}')${SEARCH:+ with search.json}, $(nproc) cores, outputs on $fs${REBUILD:+, rebuilding into the same folders}; medians of alternating runs"
printf "%7s | %12s | %7s | %10s | %14s | %13s | %13s | %7s | %9s\n" stories "storypress s" "hugo s" "time ratio" "fastest sp/hg" "CPU s sp/hg" "storypress MB" "hugo MB" "mem ratio"
printf -- "--------+--------------+---------+------------+----------------+---------------+---------------+---------+----------\n"
for n in "${sizes[@]}"; do
  awk -v n="$n" -v a="${sp_s[$n]}" -v b="${hg_s[$n]}" -v c="${sp_mb[$n]}" -v d="${hg_mb[$n]}" \
    -v e="${sp_min[$n]}" -v f="${hg_min[$n]}" -v g="${sp_cpu[$n]}" -v h="${hg_cpu[$n]}" \
    'BEGIN {printf "%7d | %12.2f | %7.2f | %10.2f | %6.2f/%-7.2f | %6.2f/%-6.2f | %13.0f | %7.0f | %9.2f\n", n, a, b, a/b, e, f, g, h, c, d, c/d}'
done
if [ ${#sizes[@]} -gt 1 ]; then
  lo=${sizes[0]} hi=${sizes[0]}
  for n in "${sizes[@]}"; do [ "$n" -lt "$lo" ] && lo=$n; [ "$n" -gt "$hi" ] && hi=$n; done
  echo
  awk -v lo="$lo" -v hi="$hi" -v a="${sp_s[$hi]}" -v b="${sp_s[$lo]}" -v c="${hg_s[$hi]}" -v d="${hg_s[$lo]}" \
    -v e="${sp_cpu[$hi]}" -v f="${sp_cpu[$lo]}" -v g="${hg_cpu[$hi]}" -v h="${hg_cpu[$lo]}" \
    'BEGIN {printf "growth %d÷%d stories (linear would be %.1f): wall storypress %.2f, hugo %.2f; CPU storypress %.2f, hugo %.2f\n", hi, lo, hi/lo, a/b, c/d, e/f, g/h}'
fi
echo
echo "every timed run, wall seconds in the order run (storypress | hugo):"
for n in "${sizes[@]}"; do printf "%7d stories: %s | %s\n" "$n" "${sp_raw[$n]}" "${hg_raw[$n]}"; done
load_after=$(busy)
if [ -n "$load_before$load_after" ]; then
  echo
  echo "warning: the machine was busy (load average ${load_before:-ok} before, ${load_after:-ok} after, on $(nproc) cores): wall times are noisy; the CPU and fastest columns are steadier"
fi
echo
echo "HTML pages produced (same stories; storypress also has case-studies/, accessibility/ and search/ pages):"
for n in "${sizes[@]}"; do
  printf "%7d stories: storypress %6d (%s), hugo %6d\n" "$n" "${sp_pages[$n]}" "${sp_built[$n]}" "${hg_pages[$n]}"
done
