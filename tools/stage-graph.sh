#!/usr/bin/env bash
# The stages of generator/ form a one-way graph: a stage includes only stages
# listed before it. Prints which stage includes which, and fails on an
# include that goes back up. ctest runs it with the order of CMakeLists.txt:
#   tools/stage-graph.sh base model text load ...
# Tests (*_test.cc) and fuzz targets (*_fuzz.cc) may include anything.
set -euo pipefail
src=$(cd "$(dirname "$0")/../generator" && pwd)
[ $# -gt 0 ] || { echo "gebruik: $0 STAP... (van onder naar boven)" >&2; exit 2; }

declare -A rank
i=0
for stage in "$@"; do rank[$stage]=$i; i=$((i + 1)); done
for dir in "$src"/*/; do
  stage=$(basename "$dir")
  [ -n "${rank[$stage]+x}" ] || { echo "map generator/$stage staat niet in de volgorde van de stappen" >&2; exit 1; }
done

status=0
for stage in "$@"; do
  [ -d "$src/$stage" ] || continue
  uses=""
  while IFS=: read -r file target; do
    [ "$target" = "$stage" ] && continue
    if [ -z "${rank[$target]+x}" ]; then
      echo "TERUG: generator/${file#"$src"/} neemt onbekende map '$target' op" >&2
      status=1
    elif [ "${rank[$target]}" -gt "${rank[$stage]}" ]; then
      echo "TERUG: generator/${file#"$src"/} ($stage) neemt $target op, een latere stap" >&2
      status=1
    fi
    case " $uses " in *" $target "*) ;; *) uses="$uses $target" ;; esac
  done < <(grep -o '#include "[a-z_]*/' "$src/$stage"/*.h "$src/$stage"/*.cc 2>/dev/null |
           grep -v -e '_test\.cc:' -e '_fuzz\.cc:' | sed 's|:#include "|:|; s|/$||')
  printf '%-10s →%s\n' "$stage" "$uses"
done
exit $status
