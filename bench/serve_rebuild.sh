#!/bin/sh
# Rebuild times of `spiegel serve` per change kind (first build, text, data,
# template), median over ROUNDS, on a copy of PROJECT (default: this repo).
# Usage: bench/serve_rebuild.sh [PROJECT] [ROUNDS]   (BUILD=map, standaard build/)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$root/build}
[ -x "$build/serve_rebuild" ] || { echo "bouw eerst: cmake -S . -B $build -G Ninja && cmake --build $build" >&2; exit 2; }
exec "$build/serve_rebuild" "${1:-$root}" "${2:-30}"
