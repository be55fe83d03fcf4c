#!/bin/sh
# What search costs on a national monitor: `spiegel build` with and without
# the search index (Pagefind), median of ROUNDS cold builds each, alternating,
# with wall time, peak memory and what the index adds to the site.
# The national dataset comes from the reference shelf's generator, as for the
# other benches: ../shared/bench/make_national.py (written once to OUT).
# Usage: bench/search_index.sh [OUT] [ROUNDS]    (BUILD=map, standaard build/)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$root/build}
out=${1:-/tmp/spiegel-nationaal}
rounds=${2:-5}
generator=${GENERATOR:-$root/../shared/bench/make_national.py}
[ -x "$build/spiegel" ] || { echo "bouw eerst: cmake -S . -B $build -G Ninja && cmake --build $build" >&2; exit 2; }
[ -d "$out/spiegel/content" ] || python3 "$generator" "$out" > /dev/null
project=$out/spiegel

# One cold build: "seconden piekgeheugen-in-MB" on stdout.
measure() {
  rm -rf "$project/site"
  /usr/bin/time -f '%e %M' "$build/spiegel" build "$project" "$@" 2>&1 >/dev/null | tail -n 1 |
    awk '{ printf "%s %.0f\n", $1, $2 / 1024 }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

: > "$out/zonder.txt"
: > "$out/met.txt"
i=0
while [ $i -lt "$rounds" ]; do
  measure --zonder-zoeken >> "$out/zonder.txt"
  measure >> "$out/met.txt"
  i=$((i + 1))
done
pages=$(find "$project/site" -name '*.html' ! -path '*/zoeken/*' | wc -l)
index_mb=$(du -sk "$project/site/pagefind" | awk '{ printf "%.1f", $1 / 1024 }')
index_files=$(find "$project/site/pagefind" -type f | wc -l)
without=$(cut -d' ' -f1 "$out/zonder.txt" | median)
with=$(cut -d' ' -f1 "$out/met.txt" | median)
printf 'Nationale monitor, %s pagina'"'"'s, mediaan van %s koude builds per regel (%s)\n\n' "$pages" "$rounds" "$(nproc) kernen"
printf '| build                         | wand (s) | piekgeheugen (MB) |\n'
printf '|-------------------------------|---------:|------------------:|\n'
printf '| spiegel build --zonder-zoeken | %8s | %17s |\n' "$without" "$(cut -d' ' -f2 "$out/zonder.txt" | median)"
printf '| spiegel build (met zoekindex) | %8s | %17s |\n' "$with" "$(cut -d' ' -f2 "$out/met.txt" | median)"
printf '\nDe zoekindex kost %s s en is %s MB in %s bestanden (pagefind/).\n' \
  "$(echo "$with $without" | awk '{ printf "%.2f", $1 - $2 }')" "$index_mb" "$index_files"
