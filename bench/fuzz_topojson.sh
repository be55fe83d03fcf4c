#!/bin/sh
# Fuzzes the TopoJSON decoder and the projection and drawing of what it decodes
# (a map in templates/kaarten/ is the user's file too).
# Usage: bench/fuzz_topojson.sh [seconds]   (default 60)
# Needs clang with libFuzzer: apt-get install clang libclang-rt-14-dev
set -eu
seconds=${1:-60}
root=$(cd "$(dirname "$0")/.." && pwd)
out=$root/build-fuzz
mkdir -p "$out/corpus-topojson"
fuzzer=$("$root/bench/fuzz_build.sh" topojson_fuzz)

# Seeds: a hand-made topology with a shared arc, and the start of each real map.
printf '{"type":"Topology","transform":{"scale":[1,1],"translate":[0,0]},"arcs":[[[0,0],[10,0]],[[10,0],[0,10],[-10,0],[0,-10]],[[10,0],[10,0],[0,10],[-10,0]]],"objects":{"g":{"type":"GeometryCollection","geometries":[{"type":"Polygon","arcs":[[1]],"properties":{"statcode":"GM1","statnaam":"A"}},{"type":"MultiPolygon","arcs":[[[2,~0]]],"properties":{"statcode":"GM2","statnaam":"B"}}]}}}' \
  > "$out/corpus-topojson/seed_two"
for f in "$root"/templates/kaarten/*.topojson; do head -c 4000 "$f" > "$out/corpus-topojson/$(basename "$f")"; done

cd "$out"
exec "$fuzzer" -max_total_time="$seconds" -max_len=8192 -print_final_stats=1 corpus-topojson
