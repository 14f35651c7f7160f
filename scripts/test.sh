#!/usr/bin/env bash
# Runs every test suite storypress has. This is the README's test command, and CI runs it.
# It installs what the suites need, so it passes on a fresh machine too.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== Rust: unit and integration tests"
cargo test --locked --all-targets
