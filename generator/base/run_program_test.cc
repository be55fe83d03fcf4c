#include "base/run_program.h"

#include <doctest/doctest.h>

#include <filesystem>

namespace fs = std::filesystem;
using namespace spiegel;

TEST_CASE("run_program returns the exit code and what the program printed, and leaves no files") {
  const fs::path scratch = fs::temp_directory_path() / "spiegel-run-program-test";
  fs::remove_all(scratch);
  fs::create_directories(scratch);
  ProgramResult r =
      run_program("/bin/sh", {"-c", "printf 'uit %s' \"$1\"; printf fout >&2; exit 3", "sh", "a b"}, scratch);
  CHECK(r.exit_code == 3);
  CHECK(r.out == "uit a b");  // an argument is one argument, spaces and all: no shell in between
  CHECK(r.err == "fout");
  CHECK(fs::is_empty(scratch));
  CHECK(run_program(scratch / "bestaat-niet", {}, scratch).exit_code != 0);
  fs::remove_all(scratch);
}
