#!/bin/sh
# Rebuild times of `spiegel serve` per change kind (first build, text, data,
# template), median over ROUNDS, on a copy of PROJECT (default: this repo).
# Usage: bench/serve_rebuild.sh [PROJECT] [ROUNDS]   (needs build-serve/ or BUILD=dir built)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$root/build-serve}
[ -f "$build/libspiegel_lib.a" ] || { echo "bouw eerst: cmake -S . -B $build -G Ninja && ninja -C $build" >&2; exit 2; }
g++ -std=c++20 -O2 -I"$root/generator" "$root/bench/serve_rebuild.cc" "$build/libspiegel_lib.a" \
  $(pkg-config --libs libcmark-gfm cpp-httplib) $(pkg-config --cflags cpp-httplib) -lcmark-gfm-extensions -lfmt -lyaml-cpp \
  -o "$build/serve_rebuild"
exec "$build/serve_rebuild" "${1:-$root}" "${2:-30}"
