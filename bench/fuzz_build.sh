#!/bin/sh
# Builds one fuzz target (a *_fuzz.cc file under generator/; bench/fuzz.sh lists them) in build-fuzz/
# (or FUZZ_BUILD), with clang, libFuzzer and the address and undefined-behaviour sanitizers, and
# prints the path of the program. bench/fuzz.sh calls it.
# Needs clang with libFuzzer: apt-get install clang libclang-rt-14-dev
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out=${FUZZ_BUILD:-$root/build-fuzz}  # FUZZ_BUILD: another build folder with -DSPIEGEL_FUZZ=ON
if [ ! -f "$out/CMakeCache.txt" ]; then
  CC=${CC_FUZZ:-clang} CXX=${CXX_FUZZ:-clang++} cmake -S "$root" -B "$out" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSPIEGEL_FUZZ=ON >&2
fi
cmake --build "$out" --target "$1" >&2
echo "$out/$1"
