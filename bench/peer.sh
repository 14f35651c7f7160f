#!/usr/bin/env bash
# Peer benchmark: the same synthetic storybook built by storypress, by Hugo (Debian's `hugo`,
# with the equivalent templates in bench/hugo/layouts/) and by Hugo followed by Pagefind (what
# a user picks for a searchable static site), runs alternating in one invocation.
#
# Usage: bench/peer.sh [N ...]            (default: 1000 5000 10000)
#   RUNS=5        timed runs of each tool per size (after one untimed warm-up run of each)
#   RUNS_LARGE=3  timed runs of each tool for sizes of 10,000 stories or more
#   RUNS_HUGE=1   timed runs for sizes of 50,000 or more
#   WARMUP_HUGE=0 no warm-up run at sizes of 50,000 or more (saves Hugo's few minutes there;
#                 a first, cold run on this VM's fresh memory was up to 1.7× slower)
#   BEFORE=BIN    also time this storypress binary (say, one built from `main`): a
#                 before/after column with its ratio
#   OUTS="D ..."  write the outputs into each of these folders in turn (say /dev/shm and a
#                 folder on an ext4 disk), one table row per folder; default: the work folder
#   OUTS_HUGE="D" the same for sizes of 50,000 or more (default: the first of OUTS)
#   PAGEFIND=0    leave out the Hugo + Pagefind column (Pagefind comes from npm, pinned
#                 below, installed into node_modules without touching package.json)
#   PAGEFIND_MAX=20000  no Pagefind above this many stories (at 10,000 it needs 3.7 GB)
#   HUGO_TIMEOUT=S  stop Hugo after S seconds (reported as a timeout) at sizes ≥ 50,000
#   REBUILD=1     each tool rebuilds into the same output folder every run (a reviewer's
#                 edit-and-rebuild loop: storypress reuses its spare tree, Hugo overwrites)
#                 instead of a fresh folder each run
#   SEARCH=1      Hugo also writes search.json (every story's text and metadata)
#   WORKDIR=DIR   where storybooks go (default: /dev/shm when it has room, else $TMPDIR or /tmp)
#
# For each N it generates the storybook once (bench/gen_corpus.py), converts it to a Hugo site
# (bench/hugo_site.py; paginated by 24 like storypress, with a feed per term), then runs
# storypress, [before,] hugo, pagefind, storypress, … each into a fresh output folder, timing
# wall clock and peak RSS (GNU time's %M). Hugo + Pagefind is Hugo's time plus Pagefind's on
# Hugo's output, and the larger of the two peaks. It prints one table (medians), the growth of
# each tool's time from the smallest to the largest N, where storypress's time goes (`check`
# alone against `build`), and what each produced (HTML pages, files per story, the largest
# page). Installs `hugo` and `time` from Debian when missing (with sudo when not root); needs
# cargo, python3 and, for Pagefind, npm. Everything it writes is removed on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
PAGEFIND_VERSION=1.6.0

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
need=()
command -v hugo >/dev/null 2>&1 || need+=(hugo)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]} from Debian…" >&2
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${need[@]}" >/dev/null
fi
pagefind=${PAGEFIND:-1}
if [ "$pagefind" = 1 ] && [ ! -d node_modules/pagefind ]; then
  npm install --no-save --no-audit --no-fund --loglevel=error "pagefind@$PAGEFIND_VERSION"
fi

cargo build --release --quiet
sizes=("${@:-1000}")
[ $# -gt 0 ] || sizes=(1000 5000 10000)
runs=${RUNS:-5}
runs_large=${RUNS_LARGE:-3}
runs_huge=${RUNS_HUGE:-1}

. bench/workdir.sh # $work (removed on exit) and $fs; WORKDIR chooses the disk
outs=(${OUTS:-$work})
outs_huge=(${OUTS_HUGE:-${outs[0]}})
# Each output folder gets a fresh sub-folder of its own, removed on exit.
declare -A outdir
cleanup() { rm -rf "$work"; for d in "${outdir[@]}"; do rm -rf "$d"; done; }
trap cleanup EXIT
for d in "${outs[@]}" "${outs_huge[@]}"; do
  [ -n "${outdir[$d]:-}" ] || outdir[$d]=$(mktemp -d -p "$d" peer-out.XXXXXX)
done
# Copies, so a concurrent `cargo build` cannot swap a binary between runs.
bin=$work/storypress
cp "$repo/target/release/storypress" "$bin"
tools=(storypress)
if [ -n "${BEFORE:-}" ]; then cp "$BEFORE" "$work/before"; tools+=(before); fi
tools+=(hugo)
export HUGO_CACHEDIR=$work/hugo-cache

median() { sort -n | awk '{a[NR]=$1} END {if (!NR) print "nan"; else if (NR % 2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }
fsname() { echo "$(df -PT "$1" | awk 'NR == 2 {print $2}') $1"; }

# run TOOL N OUTDIR RECORD KEY: one build; with RECORD=yes appends "wall_ms peak_kb cpu_s"
# to $work/TOOL-KEY.txt (KEY is size and disk). Wall time is measured around GNU time.
run() {
  local tool=$1 n=$2 out=$3 record=$4 key=$5 s e limit=()
  local book=$work/book-$n hsite=$work/hugo-$n
  [ -n "${REBUILD:-}" ] || [ "$tool" = pagefind ] || rm -rf "$out"
  mkdir -p "$(dirname "$out")"
  [ "$n" -lt 50000 ] || [ -z "${HUGO_TIMEOUT:-}" ] || limit=(timeout "$HUGO_TIMEOUT")
  # Untimed: the disk finishes writing what the run before left in memory (Hugo's and
  # Pagefind's output, the removal above), so no tool pays for another's writeback.
  sync
  s=$(date +%s%N)
  local rc=0
  case $tool in
    storypress | before) /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$work/$tool" build "$book" --out "$out" >"$work/log" 2>&1 || rc=$? ;;
    hugo) /usr/bin/time -f "%e %M %U %S" -o "$work/time" "${limit[@]}" hugo --quiet --source "$hsite" --destination "$out" >"$work/log" 2>&1 || rc=$? ;;
    pagefind) /usr/bin/time -f "%e %M %U %S" -o "$work/time" npx --no-install pagefind --site "$out" --silent >"$work/log" 2>&1 || rc=$? ;;
  esac
  e=$(date +%s%N)
  if [ "$rc" -ne 0 ]; then
    if [ "$tool" = hugo ] && [ ${#limit[@]} -gt 0 ]; then
      echo "   hugo stopped after ${HUGO_TIMEOUT}s on $n stories" >&2
      echo "timeout" >>"$work/hugo-timeouts.txt"
      [ "$record" = yes ] && echo "$(( (e - s) / 1000000 )) 0 0 timeout" >>"$work/$tool-$key.txt"
      return 1
    fi
    echo "$tool failed on $n stories:" >&2; cat "$work/log" "$work/time" >&2; exit 1
  fi
  if [ "$record" = yes ]; then
    echo "$(( (e - s) / 1000000 )) $(grep -v '^Command' "$work/time" | tail -n 1 | awk '{print $2, $3 + $4}')" >>"$work/$tool-$key.txt"
  fi
}

# What a storypress output holds: "files/story largest_html_KiB MB" for N stories.
produced() {
  local out=$1 n=$2
  local files big mb
  files=$(find "$out" -type f | wc -l)
  big=$(find "$out" -name '*.html' -printf '%s\n' | sort -n | tail -n 1)
  mb=$(du -sm "$out" | cut -f1)
  awk -v f="$files" -v n="$n" -v b="$big" -v m="$mb" 'BEGIN {printf "%d files (%.2f a story), largest HTML page %.0f KiB, %d MB", f, f/n, b/1024, m}'
}

busy() { awk -v c="$(nproc)" '$1 > c {print $1}' /proc/loadavg; }
load_before=$(busy)
declare -A made check_s rows_key
rows=()
for n in "${sizes[@]}"; do
  echo "== $n stories: generating" >&2
  python3 bench/gen_corpus.py "$n" "$work/book-$n"
  python3 bench/hugo_site.py "$work/book-$n" "$work/hugo-$n" ${SEARCH:+--search}
  r=$runs
  [ "$n" -lt 10000 ] || r=$runs_large
  disks=("${outs[@]}")
  if [ "$n" -ge 50000 ]; then r=$runs_huge; disks=("${outs_huge[@]}"); fi
  with_pagefind=$pagefind
  [ "$n" -le "${PAGEFIND_MAX:-20000}" ] || with_pagefind=0
  for d in "${disks[@]}"; do
    o=${outdir[$d]}
    key="$n-$(echo "$d" | tr '/' '_')"
    rows+=("$n|$d|$key|$with_pagefind")
    # On a disk, each run gets a folder of its own and every output is removed only after
    # the last run: ext4 without a journal (these VMs' disks) creates files slowly for 30 s
    # after many were deleted (`recently_deleted` in ialloc.c), and on a discard mount each
    # removal also trims. A CI machine's fresh folder sees neither, so neither tool should
    # pay for the other's output. tmpfs has no such cost and too little room to keep them.
    keep=yes
    [ "$(df -PT "$d" | awk 'NR == 2 {print $2}')" != tmpfs ] || keep=no
    [ -z "${REBUILD:-}" ] || keep=no
    # A folder for each tool, so storypress's cache and spare tree beside its output are its own.
    dest() { if [ -n "${REBUILD:-}" ]; then echo "$o/$2/site"; else echo "$o/$1/$2/site"; fi; }
    tidy() { [ "$keep" = yes ] || [ -n "${REBUILD:-}" ] || rm -rf "$o/$1"; }
    if [ "$n" -lt 50000 ] || [ "${WARMUP_HUGE:-1}" = 1 ]; then
      echo "   warm-up on $d" >&2
      for t in "${tools[@]}"; do
        out=$(dest warm "$t")
        run "$t" "$n" "$out" no "$key" || true
        case $t in storypress | before) made[$t-$n]=$(produced "$out" "$n") ;; esac
        [ "$t" != hugo ] || made[hugo-$n]="$(find "$out" -name '*.html' | wc -l) HTML pages, $(find "$out" -type f | wc -l) files"
        tidy warm
      done
    fi
    # Where storypress's time goes: `check` (load, front matter, validation) alone, once
    # per size, after the warm-up (the first command after generating is the slowest).
    [ "$d" != "${disks[0]}" ] || for t in storypress before; do
      [ -x "$work/$t" ] || continue
      s=$(date +%s%N)
      /usr/bin/time -f "%M" -o "$work/time" "$work/$t" check "$work/book-$n" >/dev/null 2>&1 || true
      check_s[$t-$n]="$(awk -v ms="$(( ($(date +%s%N) - s) / 1000000 ))" 'BEGIN {printf "%.2f", ms/1000}') s, $(awk '{printf "%.0f", $1/1024}' "$work/time") MB"
    done
    for i in $(seq 1 "$r"); do
      echo "   $n stories on $d, run $i/$r: ${tools[*]}$([ "$with_pagefind" = 1 ] && echo " pagefind")" >&2
      for t in "${tools[@]}"; do
        ok=yes
        out=$(dest "run$i" "$t")
        run "$t" "$n" "$out" yes "$key" || ok=no
        if [ "$n" -ge 50000 ] && [ "$t" != hugo ] && [ -z "${made[$t-$n]:-}" ]; then made[$t-$n]=$(produced "$out" "$n"); fi
        if [ "$t" = hugo ] && [ "$with_pagefind" = 1 ] && [ "$ok" = yes ]; then run pagefind "$n" "$out" yes "$key"; fi
        tidy "run$i"
      done
    done
    [ -n "${REBUILD:-}" ] || rm -rf "$o"/warm "$o"/run*
  done
  rm -rf "$work/book-$n" "$work/hugo-$n"
done

col() { # col TOOL KEY FIELD → median (field 1: seconds, 2: MB, 3: CPU s)
  local f=$work/$1-$2.txt
  [ -f "$f" ] || { echo nan; return; }
  case $3 in
    1) grep -v timeout "$f" | awk '{print $1/1000}' | median ;;
    2) grep -v timeout "$f" | awk '{print $2/1024}' | median ;;
    3) grep -v timeout "$f" | awk '{print $3}' | median ;;
  esac
}
# Hugo + Pagefind per run: the times added, the larger peak.
paste_pf() {
  local key=$1
  [ -f "$work/pagefind-$key.txt" ] || return 0
  paste -d' ' "$work/hugo-$key.txt" "$work/pagefind-$key.txt" | awk '{m = $2 > $5 ? $2 : $5; print $1 + $4, m, $3 + $6}' >"$work/hugopf-$key.txt"
}

echo
echo "storypress $("$bin" --version | awk '{print $2}') ($(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$repo" diff --quiet HEAD -- src themes 2>/dev/null || echo ', uncommitted changes'))${BEFORE:+, before: $BEFORE} vs $(hugo version | awk '{print $1, $2}')${SEARCH:+ with search.json} and Pagefind $PAGEFIND_VERSION, $(nproc) cores; medians of alternating runs, each into a fresh folder"
printf "%7s | %-22s | %-17s | %-17s | %-17s | %-19s | %-13s | %-11s\n" stories "output on" "storypress s, MB" "before s, MB" "hugo s, MB" "hugo+pagefind s, MB" "sp/hugo t, m" "sp/before t"
printf -- "--------+------------------------+-------------------+-------------------+-------------------+---------------------+---------------+------------\n"
for row in "${rows[@]}"; do
  IFS='|' read -r n d key pf <<<"$row"
  paste_pf "$key"
  a=$(col storypress "$key" 1) am=$(col storypress "$key" 2)
  b=$(col before "$key" 1) bm=$(col before "$key" 2)
  h=$(col hugo "$key" 1) hm=$(col hugo "$key" 2)
  p=$(col hugopf "$key" 1) pm=$(col hugopf "$key" 2)
  [ -f "$work/hugo-timeouts.txt" ] && [ "$n" -ge 50000 ] && grep -q timeout "$work/hugo-$key.txt" 2>/dev/null && h="timeout"
  awk -v n="$n" -v d="$(fsname "$d")" -v a="$a" -v am="$am" -v b="$b" -v bm="$bm" -v h="$h" -v hm="$hm" -v p="$p" -v pm="$pm" '
    function cell(s, m) { return (s == "nan" || s == "") ? "–" : (s == "timeout" ? "timeout" : sprintf("%.2f, %.0f", s, m)) }
    function ratio(x, y) { return (x + 0 > 0 && y + 0 > 0) ? sprintf("%.2f", x / y) : "–" }
    BEGIN {printf "%7d | %-22s | %-17s | %-17s | %-17s | %-19s | %-13s | %-11s\n", n, substr(d, 1, 22), cell(a, am), cell(b, bm), cell(h, hm), cell(p, pm), ratio(a, h) ", " ratio(am, hm), ratio(a, b)}'
done
if [ ${#sizes[@]} -gt 1 ]; then
  lo=${sizes[0]} hi=${sizes[0]}
  for n in "${sizes[@]}"; do [ "$n" -lt "$lo" ] && lo=$n; [ "$n" -gt "$hi" ] && hi=$n; done
  klo="$lo-$(echo "${outs[0]}" | tr '/' '_')"
  khi="$hi-$(echo "$([ "$hi" -ge 50000 ] && echo "${outs_huge[0]}" || echo "${outs[0]}")" | tr '/' '_')"
  echo
  for t in "${tools[@]}"; do
    awk -v t="$t" -v lo="$lo" -v hi="$hi" -v a="$(col "$t" "$khi" 1)" -v b="$(col "$t" "$klo" 1)" \
      'BEGIN {if (a + 0 > 0 && b + 0 > 0) printf "growth %d÷%d stories (linear would be %.1f), %s: %.2f\n", hi, lo, hi/lo, t, a/b}'
  done
fi
echo
echo "where storypress's time goes (check = load, front matter, validation; the rest of a build is gate, render and write):"
for n in "${sizes[@]}"; do
  for t in storypress before; do
    [ -n "${check_s[$t-$n]:-}" ] && printf "%7d stories, %-10s: check alone %s\n" "$n" "$t" "${check_s[$t-$n]}"
  done
done
echo
echo "every timed run, wall seconds in the order run:"
for row in "${rows[@]}"; do
  IFS='|' read -r n d key pf <<<"$row"
  line="$n on $d:"
  for t in "${tools[@]}" pagefind; do
    [ -f "$work/$t-$key.txt" ] && line+=" $t $(awk '{printf "%s%.2f", (NR > 1 ? " " : ""), $1/1000}' "$work/$t-$key.txt");"
  done
  echo "  $line"
done
load_after=$(busy)
if [ -n "$load_before$load_after" ]; then
  echo
  echo "warning: the machine was busy (load average ${load_before:-ok} before, ${load_after:-ok} after, on $(nproc) cores): wall times are noisy"
fi
echo
echo "what each produced:"
for n in "${sizes[@]}"; do
  for t in "${tools[@]}"; do
    [ -n "${made[$t-$n]:-}" ] && printf "%7d stories, %-10s: %s\n" "$n" "$t" "${made[$t-$n]}"
  done
done
