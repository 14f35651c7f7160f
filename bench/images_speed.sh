#!/usr/bin/env bash
# First build (empty image cache) against a cached rebuild, for the sample storybook and for a
# synthetic storybook with 200 images. Prints the median of 3 runs of each.
# Usage: bench/images_speed.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=$PWD/target/release/storypress
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }

# 200 stories, each a folder with one 1600×1000 PNG photo-like image.
python3 bench/gen_corpus.py 200 "$work/img200"
python3 - "$work/img200" <<'PY'
import sys, zlib, struct, random
from pathlib import Path
root = Path(sys.argv[1]) / "lived-experience"
def png(w, h, seed):
    rnd = random.Random(seed)
    rows = bytearray()
    for y in range(h):
        rows.append(0)
        base = (y * 255 // h)
        for x in range(w):
            rows += bytes(((x * 255 // w + seed) % 256, base, (rnd.randrange(64) + x // 8) % 256))
    chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(bytes(rows), 6)) + chunk(b"IEND", b"")
for i, md in enumerate(sorted(root.glob("*.md"))):
    folder = root / md.stem
    folder.mkdir()
    (folder / "photo.png").write_bytes(png(1600, 1000, i))
    text = md.read_text().replace("\nconsent:", "\nimage: { src: photo.png, alt: \"A generated picture\" }\nconsent:", 1)
    (folder / "index.md").write_text(text)
    md.unlink()
PY
printf "%-22s %14s %16s\n" storybook "first (ms)" "cached (ms)"
for book in stories "$work/img200"; do
  first=$(for i in 1 2 3; do rm -rf "$work/cache-$i"; mkdir -p "$work/cache-$i"; ms "$bin" build "$book" --out "$work/cache-$i/site"; done | median)
  cached=$(for i in 1 2 3; do ms "$bin" build "$book" --out "$work/cache-1/site"; done | median)
  printf "%-22s %14s %16s\n" "$(basename "$book")" "$first" "$cached"
done
