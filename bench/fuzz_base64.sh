#!/bin/sh
# Fuzzes base64, in which Pagefind's service answers (search/pagefind.cc).
# Usage: bench/fuzz_base64.sh [seconds]   (default 60)
# Needs clang with libFuzzer: apt-get install clang libclang-rt-14-dev
set -eu
seconds=${1:-60}
root=$(cd "$(dirname "$0")/.." && pwd)
out=$root/build-fuzz
mkdir -p "$out/corpus-base64"
fuzzer=$("$root/bench/fuzz_build.sh" base64_fuzz)
printf 'Zm9vYmFy' > "$out/corpus-base64/seed_foobar"
printf 'Zm8=' > "$out/corpus-base64/seed_padding"
cd "$out"
exec "$fuzzer" -max_total_time="$seconds" -max_len=256 -print_final_stats=1 corpus-base64
