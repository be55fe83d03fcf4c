#!/bin/sh
# The example monitor as a rekenkamer keeps it in git, with two earlier
# editions: a repository in UIT with content/ from this one, tag editie-2020
# (Deventer, Peel en Maas and Zaltbommel), tag editie-2021 (all five reports)
# and, uncommitted, the current edition 2022, which adds the follow-up
# register. Then `spiegel build --edities` into UIT/site, unless SPIEGEL=geen
# (the tests build it themselves).
# Usage: tools/voorbeeld-edities.sh [UIT]   (standaard /tmp/spiegel-voorbeeld-edities)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-/tmp/spiegel-voorbeeld-edities}
spiegel=${SPIEGEL:-$root/build/spiegel}
rm -rf "$out"
mkdir -p "$out"
cp -r "$root/content" "$out/"
cd "$out"
g() { git -c user.name=Spiegel -c user.email=voorbeeld@example.org "$@"; }
editie() { sed -i "s/^editie:.*/editie: $1/" content/spiegel.yaml; }

g init -q -b main
mkdir later
mv content/gemeenten/utrecht.md content/gemeenten/roosendaal.md content/opvolging.csv later/
editie 2020
g add content
g commit -q -m "Editie 2020: Deventer, Peel en Maas en Zaltbommel"
g tag editie-2020

mv later/*.md content/gemeenten/
editie 2021
g add content
g commit -q -m "Editie 2021: ook Utrecht en Roosendaal"
g tag -a editie-2021 -m "Editie 2021"

mv later/opvolging.csv content/
rmdir later
editie 2022
if [ "$spiegel" != geen ]; then
  "$spiegel" build . --edities
  echo "De site met drie edities staat in $out/site/ (edities/2020/ en edities/2021/)."
fi
