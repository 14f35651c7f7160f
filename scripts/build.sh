#!/usr/bin/env bash
# Builds the storybook (by default the sample in stories/ into site/), installing what the
# build needs first: ffmpeg from Debian, which strips location and other details from
# recordings before they are published. Arguments go to `storypress build`.
set -euo pipefail
cd "$(dirname "$0")/.."
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v ffmpeg >/dev/null 2>&1 || ! command -v ffprobe >/dev/null 2>&1; then
  echo "== installing ffmpeg"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ffmpeg >/dev/null
fi
cargo run --release --locked -- build "$@"
