#!/bin/sh
# Fuzzes one target with seeds from the example content and the test fixtures,
# and a dictionary of its syntax from bench/fuzz/:
#   bench/fuzz.sh csv_fuzz [seconds]             CSV reader, observations, gemeenten.csv, slugs
#   bench/fuzz.sh register_fuzz [seconds]        opvolging.csv, herindelingen.csv, periods, dates, numbers, StatLine
#   bench/fuzz.sh yaml_fuzz [seconds]            every YAML file and a text's front matter
#   bench/fuzz.sh mustache_fuzz [seconds]        templates: parse and render
#   bench/fuzz.sh footnotes_fuzz [seconds]       a report's text without figures: shortcodes, blocks, Markdown, notes
#   bench/fuzz.sh shortcodes_fuzz [seconds]      shortcodes found in a text and evaluated with their arguments
#   bench/fuzz.sh fenced_fuzz [seconds]          fenced blocks (::: conclusie …), checked, numbered, cross-linked
#   bench/fuzz.sh build_fuzz [seconds]           a whole build of a tiny project the input is split into
#   bench/fuzz.sh html_scanner_fuzz [seconds]    the HTML tokenizer, link resolver and site checker of `spiegel check`
#   bench/fuzz.sh text_normalise_fuzz [seconds]  normalise_text, which the anonymity check reads every file with
#   bench/fuzz.sh topojson_fuzz [seconds]        a map's TopoJSON, decoded, projected and drawn
#   bench/fuzz.sh base64_fuzz [seconds]          base64, in which Pagefind's service answers
#   bench/fuzz.sh request_path_fuzz [seconds]    a request target as `serve` gets it from the network
# (default 60 s). A crash, a hang (> 1 s for one input) or a sanitizer report stops
# it with the input in build-fuzz/ (or FUZZ_BUILD) as crash-*, timeout-* or oom-*; make that input a regression test.
# Needs clang with libFuzzer: apt-get install clang libclang-rt-14-dev
set -eu
target=$1
seconds=${2:-60}
root=$(cd "$(dirname "$0")/.." && pwd)
out=${FUZZ_BUILD:-$root/build-fuzz}  # FUZZ_BUILD: another build folder with -DSPIEGEL_FUZZ=ON
corpus=$out/corpus-$target
max_len=8192
dict=

# seed NAME: stdin becomes a seed of the corpus.
seed() { cat > "$corpus/seed_$1"; }
# seed_files BYTES FILE...: the start of each existing file becomes a seed.
seed_files() {
  bytes=$1
  shift
  for f in "$@"; do
    [ -f "$f" ] && head -c "$bytes" "$f" > "$corpus/seed_$(echo "$f" | md5sum | cut -c1-12)"
  done
  return 0
}
texts() { find "$root/content" "$root/tests/fixtures" -name '*.md' -size -16k; }

case $target in
  csv_fuzz | register_fuzz | yaml_fuzz | mustache_fuzz | footnotes_fuzz | shortcodes_fuzz | fenced_fuzz | build_fuzz | \
    html_scanner_fuzz | text_normalise_fuzz | topojson_fuzz | base64_fuzz | request_path_fuzz) ;;
  *)
    echo "onbekend doel: $target" >&2
    exit 2
    ;;
esac
fuzzer=$("$root/bench/fuzz_build.sh" "$target")
mkdir -p "$corpus"

case $target in
  csv_fuzz)
    max_len=4096 dict=csv.dict
    printf 'gemeente,indicator,periode,waarde,status\nGM0150,a,2020-H1,8.1,\nGM0150,b,2020,,geheim\n' | seed obs
    printf '\357\273\277gemeente;indicator;periode;waarde\r\nGM0150;a;2020-Q1;8,1\r\n"GM0""1";"x\r\ny";2021;-3\r\n' |
      seed obs_excel
    printf 'code,naam,inwoners\nGM0310,De Bilt,43400\nGM1900,"S\303\272dwest-Frysl\303\242n",91000\nGM0796,'"'"'s-Hertogenbosch,1\n' |
      seed registry
    seed_files 4000 "$root/content/gemeenten.csv" "$root"/content/data/*.csv
    ;;
  register_fuzz)
    dict=csv.dict
    seed_files 8000 "$root/content/opvolging.csv" $(find "$root/tests/fixtures" -name '*.csv' -size -8k)
    printf 'oud,nieuw,per,naam\nGM0017,GM0014,2019-01-01,Haren\nGM0014,GM0014,2019-01-01,Groningen\n' | seed herindelingen
    ;;
  yaml_fuzz)
    dict=yaml.dict
    seed_files 8000 $(find "$root/content" "$root/tests/fixtures" -name '*.yaml' -o -name '*.md')
    ;;
  mustache_fuzz)
    dict=mustache.dict
    seed_files 8000 $(find "$root/templates" "$root/tests/mustache-spec" -name '*.mustache' -o -name '*.json')
    ;;
  footnotes_fuzz | shortcodes_fuzz | fenced_fuzz)
    max_len=4096 dict=markdown.dict
    seed_files 4096 $(texts)
    printf 'Tekst {{< waarde indicator=a periode=2020 leeg="-" >}} en {{< ref k >}}.[^1]\n\n::: kader {#k titel="Een kader"}\nBinnen {{< gemeente >}}.\n:::\n\n[^1]: Noot.\n' |
      seed mixed
    printf '::: aanbeveling {aan=raad conclusies=c1}\nDoe.\n:::\n::: conclusie {#c1 thema=x}\n:::: kader\nGenest\n::::\n:::\n::: norm {oordeel=deels deelvraag=d}\n:::\n' |
      seed blocks
    ;;
  build_fuzz)
    max_len=4096 dict=markdown.dict
    # A seed is the files build_fuzz.cc splits its input into at each 0x1e byte (an empty part keeps
    # the target's own small project): gemeenten.csv, data/cijfers.csv, indicatoren.yaml, the report, spiegel.yaml.
    fixture=$root/tests/fixtures/rapport/content
    {
      cat "$fixture/gemeenten.csv"
      printf '\036'
      cat "$fixture/data/cijfers.csv"
      printf '\036'
      cat "$fixture/indicatoren.yaml"
      printf '\036'
      cat "$fixture/gemeenten/testdorp.md"
      printf '\036'
      cat "$fixture/spiegel.yaml"
    } | seed rapport
    printf '' | seed own_project
    printf 'code,naam\nGM9001,Testdorp\nGM9002,Bee\nGM9003,Cee\n\036gemeente,indicator,periode,waarde\nGM9001,lasten_per_inwoner,2023,1e308\nGM9002,jeugdhulp_pct,2023-H1,-0\n' |
      seed csv_parts
    printf '\036\036\036\036titel: T\norganisatie: R\npeilperiode: 2022\nanonimiseren: true\nnummering: hoofdstuk\n' |
      seed settings
    for f in $(find "$root/content/gemeenten" "$root/tests/fixtures" -path '*/gemeenten/*.md' -size -4k); do
      { printf '\036\036\036' && cat "$f"; } | seed "text_$(echo "$f" | md5sum | cut -c1-12)"
    done
    ;;
  html_scanner_fuzz)
    dict=html.dict
    seed_files 8000 "$root"/site/index.html "$root"/site/gemeenten/*/index.html
    printf '<a href="../x.html#y" id=a><img src=p.png><figure><svg role=img><title>t</title></svg></figure>' | seed links
    printf '<!-- <a id=x> --><script>"</script>"<p id="&#x41;&amp;">&nbsp;</p><style>url(a.png)</style>' | seed raw
    ;;
  text_normalise_fuzz)
    dict=html.dict
    seed_files 8000 "$root"/site/index.html "$root"/site/gemeenten/*/index.html "$root"/site/data/monitor.json
    printf '<p>Dev<em>en</em>ter Deven&shy;ter Deven&shyter Dev&#8203;enter Dev&#x200B;enter DEVENTER Peel en\nMaas</p>' |
      seed spellings
    printf '<a href="https://www.deventer.nl/Den%%20Bosch?q=Frysl%%C3%%A2n">S\303\272dwest-Frysl\303\242n</a><!-- x --><script>"\\u00e2\\n"</script>' |
      seed urls
    printf '{"naam":"Peel en\\nMaas","x":"\\ud83d\\ude00"}\ncode,naam\nGM0150,"'"'"'s-Hertogenbosch"\n' | seed data
    ;;
  topojson_fuzz)
    dict=json.dict
    printf '{"type":"Topology","transform":{"scale":[1,1],"translate":[0,0]},"arcs":[[[0,0],[10,0]],[[10,0],[0,10],[-10,0],[0,-10]],[[10,0],[10,0],[0,10],[-10,0]]],"objects":{"g":{"type":"GeometryCollection","geometries":[{"type":"Polygon","arcs":[[1]],"properties":{"statcode":"GM1","statnaam":"A"}},{"type":"MultiPolygon","arcs":[[[2,~0]]],"properties":{"statcode":"GM2","statnaam":"B"}}]}}}' |
      seed two
    seed_files 4000 "$root"/templates/kaarten/*.topojson
    ;;
  base64_fuzz)
    max_len=256
    printf 'Zm9vYmFy' | seed foobar
    printf 'Zm8=' | seed padding
    ;;
  request_path_fuzz)
    max_len=512
    printf '/gemeenten/peel-en-maas/index.html?x=1#kosten' | seed page
    printf '/S%%C3%%BAdwest/%%2e%%2e/%%2E%%2E//etc/passwd' | seed climb
    printf '/zoeken/?q=jeugd%%20hulp&x=%%ZZ' | seed query
    ;;
esac

cd "$out"
exec "$fuzzer" -max_total_time="$seconds" -timeout=1 -rss_limit_mb=2048 -max_len="$max_len" -print_final_stats=1 \
  ${dict:+-dict="$root/bench/fuzz/$dict"} "$corpus"
