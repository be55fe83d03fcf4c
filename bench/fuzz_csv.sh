#!/bin/sh
# Fuzzes the CSV reader, the observation and registry loaders and slugify.
# Usage: bench/fuzz_csv.sh [seconds]   (default 60)
# Needs clang with libFuzzer: apt-get install clang libclang-rt-14-dev
set -eu
seconds=${1:-60}
root=$(cd "$(dirname "$0")/.." && pwd)
out=$root/build-fuzz
mkdir -p "$out/corpus"
fuzzer=$("$root/bench/fuzz_build.sh" csv_fuzz)

# A few seeds so the fuzzer starts from files that look like the real thing.
printf 'gemeente,indicator,periode,waarde,status\nGM0150,a,2020-H1,8.1,\nGM0150,b,2020,,geheim\n' > "$out/corpus/seed_obs"
printf '\357\273\277gemeente;indicator;periode;waarde\r\nGM0150;a;2020-Q1;8,1\r\n"GM0""1";"x\r\ny";2021;-3\r\n' > "$out/corpus/seed_obs_excel"
printf 'code,naam,inwoners\nGM0310,De Bilt,43400\nGM1900,"S\303\272dwest-Frysl\303\242n",91000\nGM0796,'"'"'s-Hertogenbosch,1\n' > "$out/corpus/seed_registry"
for f in "$root"/content/gemeenten.csv "$root"/content/data/*.csv; do
  [ -f "$f" ] && head -c 4000 "$f" > "$out/corpus/content_$(basename "$f")"
done

cd "$out"
exec "$fuzzer" -max_total_time="$seconds" -max_len=4096 -print_final_stats=1 corpus
