// Reads an .xlsx back for a test, as Excel would find it: tests/xlsx_cells.py
// unzips it with Python's zipfile and reads the sheet XML (python3 from
// Debian, no openpyxl), and prints the cells, formats and zip dates as JSON.
#pragma once

#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <string>

namespace spiegel::testing {

inline nlohmann::json read_xlsx(const std::string& bytes) {
  std::random_device rd;
  const std::filesystem::path file =
      std::filesystem::temp_directory_path() / ("spiegel-test-" + std::to_string(rd()) + ".xlsx");
  std::ofstream(file, std::ios::binary) << bytes;
  const std::string command =
      std::string("python3 ") + SPIEGEL_SOURCE_DIR + "/tests/xlsx_cells.py " + file.string() + " 2>&1";
  std::string out;
  std::FILE* p = popen(command.c_str(), "r");
  REQUIRE(p);
  char buf[4096];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
  const int status = pclose(p);
  std::filesystem::remove(file);
  INFO(out);
  REQUIRE(status == 0);
  return nlohmann::json::parse(out);
}

}  // namespace spiegel::testing
