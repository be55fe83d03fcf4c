#!/usr/bin/env bash
# The unit tests under AddressSanitizer and UndefinedBehaviorSanitizer, and
# serve and the parallel parts of the build under ThreadSanitizer (the presets
# in CMakePresets.json, with gcc from Debian: nothing to install). Any report
# fails the run. On demand, not in the test command: two more builds of
# everything take longer on a 2-core machine than the whole test command may.
#
#   tools/sanitizers.sh [adres|threads|beide]     (default: beide)
set -euo pipefail
cd "$(dirname "$0")/.."
which="${1:-beide}"
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

if [[ "$which" == adres || "$which" == beide ]]; then
  cmake --preset sanitizers "${launcher[@]}" >/dev/null
  cmake --build build-sanitizers --target spiegel_tests spiegel
  # detect_leaks: a leak is a report too. The browser checks are left out: they run
  # Chromium and Node, not Spiegel's code.
  ASAN_OPTIONS=detect_leaks=1:detect_stack_use_after_return=1:abort_on_error=1 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    build-sanitizers/spiegel_tests
fi
if [[ "$which" == threads || "$which" == beide ]]; then
  cmake --preset threads "${launcher[@]}" >/dev/null
  cmake --build build-threads --target spiegel_tests
  # serve (server, live reload, search indexer, rebuilder) and what runs on threads in a build.
  TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1:suppressions=$PWD/tools/tsan-suppressions.txt \
    build-threads/spiegel_tests -tc='*serve*,*server*,loopback*,*live*,*reload*,*index*,*parallel*,*build*,*pdf*,*rebuild*'
fi
echo "sanitizers: geen meldingen"
