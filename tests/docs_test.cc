// docs/inhoud.md is the content contract for users: every key and column the
// loaders accept must be described there, and nothing the loaders would
// refuse may be described as if it worked.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "base/file_io.h"
#include "load/content_keys.h"

namespace {

/// The backquoted names in the first column of the tables of the section
/// whose heading ("## …") starts with `heading`; headings inside code
/// examples do not count.
std::set<std::string> documented_keys(const std::string& doc, const std::string& heading) {
  std::set<std::string> keys;
  bool in_section = false, in_code = false, found = false;
  std::size_t pos = 0;
  while (pos < doc.size()) {
    std::size_t eol = doc.find('\n', pos);
    if (eol == std::string::npos) eol = doc.size();
    const std::string line = doc.substr(pos, eol - pos);
    pos = eol + 1;
    if (line.starts_with("```")) in_code = !in_code;
    if (in_code) continue;
    if (line.starts_with("## ")) {
      in_section = line.compare(3, heading.size(), heading) == 0;
      found = found || in_section;
    } else if (in_section && line.starts_with("| `")) {
      keys.insert(line.substr(3, line.find('`', 3) - 3));
    }
  }
  REQUIRE_MESSAGE(found, "docs/inhoud.md mist de sectie '## " << heading << "'");
  return keys;
}

std::set<std::string> keys_of(std::initializer_list<std::vector<std::string>> lists) {
  std::set<std::string> out;
  for (const auto& list : lists) out.insert(list.begin(), list.end());
  return out;
}

}  // namespace

TEST_CASE("docs/inhoud.md beschrijft precies de sleutels en kolommen die Spiegel kent") {
  using namespace spiegel::content_keys;
  const std::string doc = spiegel::read_file(SPIEGEL_SOURCE_DIR "/docs/inhoud.md", "docs/inhoud.md");
  struct Expect {
    const char* heading;
    std::set<std::string> keys;
  };
  const Expect sections[] = {
      {"spiegel.yaml", keys_of({kSettings})},
      {"gemeenten.csv", {"code", "naam"}},  // the required columns; the rest is free
      {"groepen.yaml", keys_of({kGroupsFile, kGroup, kGroupRange})},
      {"indicatoren.yaml", keys_of({kIndicator})},
      {"data/*.csv", keys_of({kObservationColumns})},
      {"gemeenten/<naam>.md", keys_of({kReportFront})},
      {"paginas/*.md", keys_of({kPageFront})},
      {"opvolging.csv", keys_of({kFollowUpColumns})},
      {"herindelingen.csv", keys_of({kMergerColumns})},
      {"Importeren uit StatLine", keys_of({kStatlineMapping})},
  };
  for (const Expect& e : sections) {
    const std::set<std::string> documented = documented_keys(doc, e.heading);
    std::string missing, extra;
    for (const std::string& k : e.keys)
      if (!documented.count(k)) missing += " " + k;
    for (const std::string& k : documented)
      if (!e.keys.count(k)) extra += " " + k;
    CHECK_MESSAGE(missing.empty(), "## " << std::string(e.heading) << ": niet beschreven:" << missing);
    CHECK_MESSAGE(extra.empty(), "## " << std::string(e.heading) << ": beschreven maar onbekend bij Spiegel:" << extra);
  }
}
