#!/bin/sh
# Fuzzes one of the newer targets with seeds from the example and the test fixtures:
#   bench/fuzz.sh yaml_fuzz [seconds]       every YAML file and a text's front matter
#   bench/fuzz.sh register_fuzz [seconds]   opvolging.csv, herindelingen.csv, periods, dates, numbers, StatLine
#   bench/fuzz.sh mustache_fuzz [seconds]   templates: parse and render
# (default 60 s). A crash, a hang (> 1 s for one input) or a sanitizer report stops
# it with the input in build-fuzz/crash-*; make that input a regression test.
# Needs clang with libFuzzer: apt-get install clang libclang-rt-14-dev
set -eu
target=$1
seconds=${2:-60}
root=$(cd "$(dirname "$0")/.." && pwd)
out=${FUZZ_BUILD:-$root/build-fuzz}  # FUZZ_BUILD: another build folder with -DSPIEGEL_FUZZ=ON
fuzzer=$("$root/bench/fuzz_build.sh" "$target")
corpus=$out/corpus-$target
mkdir -p "$corpus"
case $target in
  yaml_fuzz) seeds=$(find "$root/content" "$root/tests/fixtures" -name '*.yaml' -o -name '*.md') ;;
  register_fuzz) seeds="$root/content/opvolging.csv $(find "$root/tests/fixtures" -name '*.csv' -size -8k)" ;;
  mustache_fuzz) seeds=$(find "$root/templates" "$root/tests/mustache-spec" -name '*.mustache' -o -name '*.json') ;;
  *) echo "onbekend doel: $target" >&2; exit 2 ;;
esac
for f in $seeds; do head -c 8000 "$f" > "$corpus/seed_$(echo "$f" | md5sum | cut -c1-12)"; done
printf 'oud,nieuw,per,naam\nGM0017,GM0014,2019-01-01,Haren\nGM0014,GM0014,2019-01-01,Groningen\n' > "$corpus/seed_herindelingen"
cd "$out"
exec "$fuzzer" -max_total_time="$seconds" -timeout=1 -rss_limit_mb=2048 -max_len=8192 -print_final_stats=1 "$corpus"
