#!/bin/sh
# Fuzzes normalise_text, which the anonymity check reads every output file with.
# Usage: bench/fuzz_normalise.sh [seconds]   (default 60)
# Needs clang with libFuzzer: apt-get install clang libclang-rt-14-dev
set -eu
seconds=${1:-60}
root=$(cd "$(dirname "$0")/.." && pwd)
out=$root/build-fuzz
mkdir -p "$out/corpus-normalise"
fuzzer=$("$root/bench/fuzz_build.sh" text_normalise_fuzz)

# Seeds: a built page and open data of the example monitor, if there are, and the tricks of issue 10.
for f in "$root"/site/index.html "$root"/site/gemeenten/*/index.html "$root"/site/data/monitor.json; do
  [ -f "$f" ] && head -c 8000 "$f" > "$out/corpus-normalise/$(echo "$f" | tr / _)"
done
printf '<p>Dev<em>en</em>ter Deven&shy;ter Deven&shyter Dev&#8203;enter Dev&#x200B;enter DEVENTER Peel en\nMaas</p>' > "$out/corpus-normalise/seed_spellings"
printf '<a href="https://www.deventer.nl/Den%%20Bosch?q=Frysl%%C3%%A2n">S\303\272dwest-Frysl\303\242n</a><!-- x --><script>"\\u00e2\\n"</script>' > "$out/corpus-normalise/seed_urls"
printf '{"naam":"Peel en\\nMaas","x":"\\ud83d\\ude00"}\ncode,naam\nGM0150,"'"'"'s-Hertogenbosch"\n' > "$out/corpus-normalise/seed_data"

cd "$out"
exec "$fuzzer" -max_total_time="$seconds" -max_len=8192 -print_final_stats=1 corpus-normalise
