#!/bin/sh
# Fuzzes a report's text path without figures: shortcodes, blocks, Markdown and footnotes.
# Usage: bench/fuzz_text.sh [seconds]   (default 60)
# Needs clang with libFuzzer: apt-get install clang libclang-rt-14-dev
set -eu
seconds=${1:-60}
root=$(cd "$(dirname "$0")/.." && pwd)
out=$root/build-fuzz
mkdir -p "$out/corpus-text"
fuzzer=$("$root/bench/fuzz_build.sh" footnotes_fuzz)

# Seeds: the example's reports and the fixture with every kind of block.
for f in "$root"/content/gemeenten/*.md "$root"/tests/fixtures/rapport/content/gemeenten/*.md; do
  cp "$f" "$out/corpus-text/$(echo "$f" | tr / _)"
done

cd "$out"
exec "$fuzzer" -max_total_time="$seconds" -max_len=4096 -print_final_stats=1 corpus-text
