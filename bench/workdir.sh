# Sourced by the benchmarks: makes $work, a temporary folder removed on exit, and $fs, which
# file system it is on (for the printed table).
#
# Outputs go to memory (/dev/shm) when it has room, as a laptop's page cache would hold them;
# WORKDIR=/some/disk/folder measures writing to that disk instead. On a file system without a
# journal, creating a file right after many were deleted is slow (ext4's recently_deleted
# scan), which would swamp everything else here.
parent=${WORKDIR:-}
if [ -z "$parent" ] && [ -w /dev/shm ] && [ "$(df -Pk /dev/shm | awk 'NR == 2 {print $4}')" -gt 4000000 ]; then
  parent=/dev/shm
fi
work=$(mktemp -d -p "${parent:-${TMPDIR:-/tmp}}" storypress-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
fs="$(df -PT "$work" | awk 'NR == 2 {print $2}') at $(dirname "$work")"
