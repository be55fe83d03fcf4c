#!/bin/sh
# Spiegel and Hugo side by side on the same national monitor: the reference
# shelf's generator (../shared/bench/make_national.py) writes both the
# Spiegel project and the equivalent Hugo site (Debian package `hugo`). Each
# round builds both cold (a fresh output folder, a fresh process), one after
# the other; the table gives the medians of wall time, CPU time (user + sys)
# and peak memory, the size of the output, and how many times faster Hugo is.
# Spiegel is measured without its search index (Hugo's site has none) and,
# on a line of its own, with it.
# With SCALE the generator repeats the 342 gemeenten SCALE times (at most 10).
# It numbers the copies GM10001…, five digits, which gemeenten.csv rightly
# refuses, so copy k of GM0nnn becomes GMknnn (k·1000 + nnn) in the Spiegel
# project; the Hugo site only shows the codes, so it keeps them.
# Usage: bench/side_by_side.sh [OUT] [ROUNDS] [SCALE]   (BUILD=map, standaard build/)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$root/build}
out=${1:-/tmp/spiegel-nationaal}
rounds=${2:-5}
scale=${3:-1}
generator=${GENERATOR:-$root/../shared/bench/make_national.py}
[ "$scale" -ge 1 ] && [ "$scale" -le 10 ] || { echo "SCALE is 1 tot en met 10" >&2; exit 2; }
[ -x "$build/spiegel" ] || { echo "bouw eerst: cmake -S . -B $build -G Ninja && cmake --build $build" >&2; exit 2; }
command -v hugo > /dev/null || { echo "installeer eerst Hugo: apt-get install hugo" >&2; exit 2; }
if ! [ -d "$out/spiegel/content" ] || ! [ -d "$out/hugo" ]; then
  python3 "$generator" "$out" --scale "$scale" > /dev/null
  [ "$scale" -eq 1 ] || python3 - "$out/spiegel" <<'EOF'
import pathlib, re, sys
code = re.compile(r"\bGM([1-9])(\d{4})\b")
for f in pathlib.Path(sys.argv[1]).rglob("*"):
    if f.is_file():
        text = f.read_text(encoding="utf-8")
        f.write_text(code.sub(lambda m: "GM%04d" % (int(m[1]) * 1000 + int(m[2])), text), encoding="utf-8")
EOF
fi

# One cold run of a command that writes into $1: "wand cpu piek-MB" appended to $2.
measure() {
  target=$1 log=$2
  shift 2
  rm -rf "$target"
  /usr/bin/time -f '%e %U %S %M' "$@" 2> "$log.err" > /dev/null || { cat "$log.err" >&2; exit 1; }
  tail -n 1 "$log.err" | awk '{ printf "%s %.2f %.0f\n", $1, $2 + $3, $4 / 1024 }' >> "$log"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
column() { cut -d' ' -f"$2" "$1" | median; }

for f in spiegel zoeken hugo; do : > "$out/$f.txt"; done
i=0
while [ $i -lt "$rounds" ]; do
  measure "$out/spiegel/site" "$out/spiegel.txt" "$build/spiegel" build "$out/spiegel" --zonder-zoeken
  measure "$out/hugo/public" "$out/hugo.txt" hugo --source "$out/hugo" --destination "$out/hugo/public" --quiet
  measure "$out/spiegel/site" "$out/zoeken.txt" "$build/spiegel" build "$out/spiegel"
  i=$((i + 1))
done
size() { du -sk "$1" | awk '{ printf "%.1f", $1 / 1024 }'; }
spiegel_size=$(size "$out/spiegel/site")
index_size=$(size "$out/spiegel/site/pagefind")
index_files=$(find "$out/spiegel/site/pagefind" -type f | wc -l)
rm -rf "$out/spiegel/site/pagefind"  # the size without search, as built in the first line
hugo_wall=$(column "$out/hugo.txt" 1)
row() {
  wall=$(column "$2" 1)
  printf '| %-30s | %8s | %8s | %9s | %11s | %18s |\n' "$1" "$wall" "$(column "$2" 2)" "$(column "$2" 3)" "$3" \
    "$(echo "$hugo_wall $wall" | awk '{ printf "%.2f", $1 / $2 }')"
}
pages=$(find "$out/spiegel/site" -name '*.html' | wc -l)
printf 'Landelijke monitor ×%s (%s pagina'"'"'s), mediaan van %s koude builds, afwisselend, %s kernen\n\n' \
  "$scale" "$pages" "$rounds" "$(nproc)"
printf '| build                          | wand (s) | cpu (s)  | piek (MB) | uitvoer (MB) | hugo-tijd / deze |\n'
printf '|--------------------------------|---------:|---------:|----------:|-------------:|-----------------:|\n'
row "hugo $(hugo version | awk '{ print $2 }' | cut -d+ -f1)" "$out/hugo.txt" "$(size "$out/hugo/public")"
row "spiegel build --zonder-zoeken" "$out/spiegel.txt" "$(size "$out/spiegel/site")"
row "spiegel build (met zoekindex)" "$out/zoeken.txt" "$spiegel_size"
printf '\nDe zoekindex kost %s s en is %s MB in %s bestanden (pagefind/).\n' \
  "$(echo "$(column "$out/zoeken.txt" 1) $(column "$out/spiegel.txt" 1)" | awk '{ printf "%.2f", $1 - $2 }')" \
  "$index_size" "$index_files"
