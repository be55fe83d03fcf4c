#include "base/program_path.h"

#include <doctest/doctest.h>
#include <sys/stat.h>

#include "temp_project.h"

using namespace spiegel;
using spiegel::testing::TempProject;

TEST_CASE("find_program: the first executable of that name in PATH, as the shell finds it") {
  TempProject t;
  t.write("een/weasyprint", "niet uitvoerbaar");
  t.write("twee/weasyprint", "#!/bin/sh\n");
  chmod((t.root() / "twee/weasyprint").c_str(), 0755);
  std::string path = (t.root() / "een").string() + ":" + (t.root() / "twee").string();
  CHECK(find_program("weasyprint", path.c_str()) == t.root() / "twee/weasyprint");
  CHECK_FALSE(find_program("weasyprint", (t.root() / "een").string().c_str()));
  CHECK_FALSE(find_program("weasyprint", ""));
  CHECK_FALSE(find_program("weasyprint", nullptr));
}
