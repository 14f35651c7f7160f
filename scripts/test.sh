#!/usr/bin/env bash
# Runs every test suite storypress has. This is the README's test command, and CI runs it.
# It installs what the suites need (Debian's chromium, ffmpeg for recordings, and a Java
# runtime for the HTML checker, the npm packages for the browser tests), so it passes on a fresh machine too.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v java >/dev/null 2>&1 || need_apt+=(default-jre-headless)
command -v pdftotext >/dev/null 2>&1 || need_apt+=(poppler-utils)
command -v ffmpeg >/dev/null 2>&1 || need_apt+=(ffmpeg)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "== installing ${need_apt[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "== npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi

echo "== Rust: unit and integration tests"
cargo test --locked --all-targets

echo "== Browser: real Chromium (accessibility, keyboard, search)"
cargo build --locked --quiet
npm test
