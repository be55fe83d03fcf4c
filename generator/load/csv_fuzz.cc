// libFuzzer target for everything that reads user CSV. Besides crashes and
// sanitizer reports it checks the promises later stages rely on: every row
// has the header's width, cells are valid UTF-8, slugs are clean.
// Built with -DSPIEGEL_FUZZ=ON (clang).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "base/diagnostics.h"
#include "base/slug.h"
#include "base/utf8.h"
#include "load/csv_reader.h"
#include "load/number.h"
#include "load/observations.h"
#include "load/registry.h"

namespace {

#define require(ok)                                                      \
  do {                                                                   \
    if (!(ok)) {                                                         \
      std::fprintf(stderr, "csv_fuzz.cc:%d: %s faalt\n", __LINE__, #ok); \
      std::abort();                                                      \
    }                                                                    \
  } while (0)

void check_slug(const std::string& slug) {
  require(slug.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") == std::string::npos);
  require(slug.empty() || (slug.front() != '-' && slug.back() != '-'));
  require(slug.find("--") == std::string::npos);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  spiegel::Diagnostics diags;

  if (auto table = spiegel::csv::parse(text, "fuzz.csv", diags)) {
    require(table->delimiter == ',' || table->delimiter == ';');
    require(table->header_positions.size() == table->header.size());
    int last_line = table->header_line;
    for (const auto& row : table->rows) {
      require(row.cells.size() == table->header.size());
      require(row.positions.size() == row.cells.size());
      require(row.line > last_line);
      last_line = row.line;
      for (const auto& cell : row.cells) require(!spiegel::invalid_utf8(cell));
    }
  }

  std::vector<spiegel::Observation> obs;
  spiegel::load_observations(text, "data/a.csv", obs, diags);
  spiegel::load_observations(text, "data/b.csv", obs, diags);
  std::size_t before = diags.count();
  spiegel::check_duplicates(obs, diags);
  // The same file twice: every valid row of the second copy is a duplicate.
  require(diags.count() - before >= obs.size() / 2);

  spiegel::Registry reg = spiegel::load_registry(text, "gemeenten.csv", diags);
  require(reg.by_code.size() == reg.gemeenten.size());
  for (const auto& g : reg.gemeenten) {
    require(!g.slug.empty());
    check_slug(g.slug);
  }

  check_slug(spiegel::slugify(text));
  for (char sep : {'.', ','})
    if (auto v = spiegel::parse_decimal(text, sep)) require(*v == *v);  // never NaN
  return 0;
}
