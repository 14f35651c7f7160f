#!/usr/bin/env python3
"""Wall-clock span and CPU time of each phase of a storypress build, from `perf script` output.

Usage: perf script -F tid,time,ip,sym -i perf.data | perf_phases.py MS_PER_SAMPLE [TOP]
(with TOP, also the TOP hottest functions of each phase)

A sample belongs to the first phase (in build order) whose marker appears anywhere in its
call stack; one with no marker takes the phase of its thread's nearest sample within 5 ms. Phases run one after another in builder::build, so the span between a phase's first
and last sample is close to its wall time; CPU time is its sample count times the period.
Used by bench/profile.sh. Standard library only.
"""
import re
import sys
from collections import Counter

MS = float(sys.argv[1]) if len(sys.argv) > 1 else 0.5
# Phases in the order builder::build runs them; a sample belongs to the first phase whose
# marker appears anywhere in its stack (innermost frame first).
PHASES = [
    ("load: read, front matter, personal data", ("storypress::load::", "storypress::frontmatter::", "storypress::personal_data::", "storypress::config::load", "storypress::yaml::")),
    ("theme: compile templates", ("storypress::theme::load",)),
    ("validate: cross-checks (links, images)", ("storypress::validate::",)),
    ("gate: consent", ("storypress::consent::gate",)),
    ("render: pictures::prepare", ("storypress::pictures::",)),
    ("render: markdown + sanitise bodies", ("storypress::markdown::", "storypress::sanitize::", "storypress::render::body")),
    ("render: pages through templates", ("render_job",)),
    ("render: feeds, sitemap, stories.json", ("storypress::feeds::", "Renderer::feed_files")),
    ("render: search index", ("storypress::search::", "Renderer::search_files", "Renderer::data_files")),
    ("render: model, link index, other", ("storypress::render::", "storypress::model::")),
    ("write: output::write_site", ("storypress::output::",)),
]
# Kernel work on files reached from rayon workers (write_site's closures are inlined into
# rayon's frames, and libc's open has no frame pointer), so no storypress frame is on the stack.
FILE_SYSCALLS = ("__x64_sys_openat", "__x64_sys_mkdir", "__x64_sys_write", "__x64_sys_close",
                 "__x64_sys_statx", "__x64_sys_rename", "__x64_sys_unlink", "__x64_sys_rmdir",
                 "__x64_sys_newfstatat", "__x64_sys_getdents64")
FILES = "files: open/mkdir/write/close syscalls (mostly write)"
OTHER = "other (startup, allocator, drop, exit)"
NEAR = 0.005  # seconds: an unattributed sample takes the phase of its thread's neighbour


def classify(stack):
    for label, marks in PHASES:
        if any(m in f for f in stack for m in marks):
            return label
    if any(f.split()[-1] in FILE_SYSCALLS for f in stack):
        return FILES
    return OTHER


samples = []  # (tid, time, phase)
leaves = []  # (innermost frame, innermost storypress frame)


def names(stack):
    leaf = re.sub(r"\+0x[0-9a-f]+$", "", stack[0].split(None, 1)[-1]) if stack else "?"
    own = next((f.split(None, 1)[-1] for f in stack if "storypress::" in f), "")
    return leaf, own

tid, head, stack = None, None, []
for line in sys.stdin:
    m = re.match(r"\s*(\d+)\s+([0-9.]+):", line)
    if m:
        if head is not None:
            samples.append((tid, head, classify(stack)))
            leaves.append(names(stack))
        tid, head, stack = int(m.group(1)), float(m.group(2)), []
    elif line.strip():
        stack.append(line.strip())
if head is not None:
    samples.append((tid, head, classify(stack)))
    leaves.append(names(stack))
if not samples:
    sys.exit("no samples")

# glibc's allocator has no frame pointers, so a sample inside malloc or free often lost the
# frames above it: give it the phase of the nearest attributed sample on the same thread.
by_thread = {}
for i, (t_id, t, ph) in enumerate(samples):
    by_thread.setdefault(t_id, []).append(i)
phase = [ph for _, _, ph in samples]
for idx in by_thread.values():
    known = [i for i in idx if phase[i] not in (OTHER, FILES)]
    k = 0
    for i in idx:
        if phase[i] != OTHER or not known:
            continue
        while k + 1 < len(known) and samples[known[k + 1]][1] <= samples[i][1]:
            k += 1
        best = min(known[max(k - 1, 0):k + 2], key=lambda j: abs(samples[j][1] - samples[i][1]))
        if abs(samples[best][1] - samples[i][1]) <= NEAR:
            phase[i] = phase[best]

spans = {}
for (_, t, _), ph in zip(samples, phase):
    sp = spans.setdefault(ph, [t, t, 0])
    sp[0], sp[1], sp[2] = min(sp[0], t), max(sp[1], t), sp[2] + 1
total = len(samples)
t0 = min(t for _, t, _ in samples)
t1 = max(t for _, t, _ in samples)
order = [p for p, _ in PHASES] + [FILES, OTHER]
print(f"{'phase':52} {'starts':>8} {'wall span':>10} {'CPU':>9} {'CPU %':>6}")
for p in order:
    if p in spans:
        a, b, c = spans[p]
        print(f"{p:52} {1000*(a-t0):6.0f}ms {1000*(b-a):8.0f}ms {c*MS:7.0f}ms {100*c/total:5.1f}%")
print(f"{'(all samples: wall, CPU)':52} {'':8} {1000*(t1-t0):8.0f}ms {total*MS:7.0f}ms")

TOP = int(sys.argv[2]) if len(sys.argv) > 2 else 0
if TOP:
    print()
    print(f"top {TOP} functions (self) and storypress callers within each phase, % of all samples")
    for p in order:
        if p not in spans:
            continue
        own = Counter(lv for lv, ph in zip(leaves, phase) if ph == p)
        print(f"  {p}")
        for (leaf, caller), c in own.most_common(TOP):
            where = f"  (in {caller[:70]})" if caller and caller != leaf else ""
            print(f"    {100*c/total:5.1f}%  {leaf[:90]}{where}")
