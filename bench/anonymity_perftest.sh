#!/bin/sh
# Time of the anonymity check on PROJECT (anonimiseren: true), median over ROUNDS.
# Usage: bench/anonymity_perftest.sh [PROJECT] [ROUNDS]   (needs build-bench/ or BUILD=dir built)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$root/build-bench}
[ -f "$build/libspiegel_lib.a" ] || { echo "bouw eerst: cmake -S . -B $build -G Ninja && ninja -C $build" >&2; exit 2; }
g++ -std=c++20 -O2 -I"$root/generator" "$root/bench/anonymity_perftest.cc" "$build/libspiegel_lib.a" \
  $(pkg-config --libs libcmark-gfm cpp-httplib) $(pkg-config --cflags cpp-httplib) -lcmark-gfm-extensions -lfmt -lyaml-cpp \
  -o "$build/anonymity_perftest"
exec "$build/anonymity_perftest" "${1:-$root}" "${2:-5}"
