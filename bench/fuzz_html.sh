#!/bin/sh
# Fuzzes the HTML tokenizer, the link resolver and the site checker of `spiegel check`.
# Usage: bench/fuzz_html.sh [seconds]   (default 60)
# Needs clang with libFuzzer: apt-get install clang libclang-rt-14-dev
set -eu
seconds=${1:-60}
root=$(cd "$(dirname "$0")/.." && pwd)
out=$root/build-fuzz
mkdir -p "$out/corpus-html"
fuzzer=$("$root/bench/fuzz_build.sh" html_scanner_fuzz)

# Seeds: a built page of the example monitor, if there is one, and a few tricky bits.
for f in "$root"/site/index.html "$root"/site/gemeenten/*/index.html; do
  [ -f "$f" ] && head -c 8000 "$f" > "$out/corpus-html/$(echo "$f" | tr / _)"
done
printf '<a href="../x.html#y" id=a><img src=p.png><figure><svg role=img><title>t</title></svg></figure>' > "$out/corpus-html/seed_links"
printf '<!-- <a id=x> --><script>"</script>"<p id="&#x41;&amp;">&nbsp;</p><style>url(a.png)</style>' > "$out/corpus-html/seed_raw"

cd "$out"
exec "$fuzzer" -max_total_time="$seconds" -max_len=8192 -print_final_stats=1 corpus-html
