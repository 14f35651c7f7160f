#!/usr/bin/env python3
"""Edit-to-updated-page latency of `storypress serve`, the median of several edits.

Usage: bench/serve_latency.py [N ...]   (default: 1000 10000)

For each N: generate a synthetic storybook, start `storypress serve` (release build) on a free
port on 127.0.0.1, then edit one story's title several times and time how long until the
served page shows the new title (polling every 2 ms). The clock starts just before the file is
written, so the figure includes the file watcher, the rebuild and the swap.
"""
import os, re, shutil, statistics, subprocess, sys, tempfile, time, urllib.request, urllib.error
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BIN = REPO / "target" / "release" / "storypress"
EDITS = 9


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.read().decode()
    except urllib.error.HTTPError as e:
        return e.read().decode()


def run(n, work):
    book = work / f"book-{n}"
    subprocess.run([sys.executable, str(REPO / "bench" / "gen_corpus.py"), str(n), str(book)], check=True)
    started = time.monotonic()
    proc = subprocess.Popen([str(BIN), "serve", str(book), "--port", "0"], cwd=work, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        url = proc.stdout.readline().split()[1]
        ready = time.monotonic() - started
        target = book / "lived-experience" / "story-00042.md"
        page = url + "lived-experience/story-00042/"
        assert "<h1" in fetch(page)
        times, settled = [], []
        status = re.sub(r"^(http://[^/]+)/.*$", r"\1", url) + "/__storypress/status"
        for k in range(EDITS):
            text = target.read_text()
            token = f"Latencycheck{k}x{n}"
            text = re.sub(r'^title: ".*"$', f'title: "{token}"', text, count=1, flags=re.M)
            t0 = time.monotonic()
            target.write_text(text)
            while token not in fetch(page):
                if time.monotonic() - t0 > 30:
                    raise SystemExit(f"no update after 30 s at N={n}")
                time.sleep(0.002)
            times.append((time.monotonic() - t0) * 1000)
            # The second phase (listings, feeds, search) follows; wait for it so each edit
            # starts from an idle server, as a person's next save would.
            while '"busy": true' in fetch(status) or '"busy":true' in fetch(status):
                time.sleep(0.005)
            settled.append((time.monotonic() - t0) * 1000)
            time.sleep(0.1)
        return ready, times, settled
    finally:
        proc.terminate()
        proc.wait()


def main():
    sizes = [int(a) for a in sys.argv[1:]] or [1000, 10000]
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=REPO, check=True)
    work = Path(tempfile.mkdtemp())
    try:
        print(f"{'stories':>8}  {'first build (s)':>16}  {'edit → page, median ms':>23}  {'min..max ms':>12}  {'edit → listings+search, median ms':>34}")
        for n in sizes:
            ready, times, settled = run(n, work)
            print(f"{n:>8}  {ready:>16.1f}  {statistics.median(times):>23.1f}  {min(times):>5.0f}..{max(times):<5.0f}  {statistics.median(settled):>34.0f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
