// A content repository in a temporary folder, written by a test and removed after it.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <utility>

namespace spiegel::testing {

inline bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

/// How often `needle` stands in `haystack` (overlaps counted): bars, figures, links on a page.
inline std::size_t occurrences(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

/// Every file under `dir` (relative path → bytes), to compare whole sites.
inline std::map<std::string, std::string> snapshot(const std::filesystem::path& dir) {
  std::map<std::string, std::string> out;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir))
    if (e.is_regular_file()) {
      std::ifstream in(e.path(), std::ios::binary);
      out[std::filesystem::relative(e.path(), dir).generic_string()] = {std::istreambuf_iterator<char>(in), {}};
    }
  return out;
}

class TempProject {
 public:
  TempProject() {
    std::random_device rd;
    root_ = std::filesystem::temp_directory_path() / ("spiegel-test-" + std::to_string(rd()));
    std::filesystem::create_directories(root_);
  }
  ~TempProject() {
    std::error_code ec;
    std::filesystem::remove_all(root_, ec);
  }
  TempProject(const TempProject&) = delete;
  TempProject& operator=(const TempProject&) = delete;

  /// Writes `text` to root/path, creating folders.
  void write(const std::string& path, const std::string& text) const {
    std::filesystem::path p = root_ / path;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
  }
  /// Copies a whole folder (e.g. the example content/) into the project.
  void copy_from(const std::filesystem::path& from, const std::string& to) const {
    std::filesystem::copy(from, root_ / to, std::filesystem::copy_options::recursive);
  }
  std::string read(const std::string& path) const {
    std::ifstream in(root_ / path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
  }
  const std::filesystem::path& root() const { return root_; }

  /// A small valid project: two gemeenten, one indicator, one text.
  void write_minimal() const {
    write("content/spiegel.yaml", "titel: Testmonitor\norganisatie: Rekenkamer Test\npeilperiode: 2020\n");
    write("content/gemeenten.csv", "code,naam,provincie\nGM0001,Aa,Utrecht\nGM0002,Bee,Utrecht\n");
    write("content/groepen.yaml", "groepen:\n  - id: nederland\n    naam: Nederland\n    alle: true\n");
    write("content/indicatoren.yaml", "- id: lasten\n  naam: Lasten per inwoner\n  eenheid: euro\n  bron: Iv3\n");
    write("content/data/kosten.csv",
          "gemeente,indicator,periode,waarde\nGM0001,lasten,2020,240\nGM0002,lasten,2020,300\n");
    write("content/gemeenten/aa.md",
          "---\ngemeente: GM0001\ntitel: Jeugdhulp in Aa\n---\n\n## Kosten\n\n"
          "{{< gemeente >}} gaf {{< waarde lasten >}} uit.\n");
  }

  /// write_minimal with `anonimiseren: true` and reports for Deventer, Peel en Maas,
  /// 's-Hertogenbosch, Ede, Oss, Best and Bergen (NH.), whose texts name no
  /// gemeente; Zwolle and Bergen op Zoom have none, so they keep their names.
  /// A test adds a leak, e.g. in content/paginas/extra.md.
  void write_anonymised() const {
    write_minimal();
    write("content/spiegel.yaml",
          "titel: Testmonitor\norganisatie: Rekenkamer Test\npeilperiode: 2020\nanonimiseren: true\n");
    write("content/gemeenten.csv",
          "code,naam,provincie\nGM0001,Aa,Utrecht\nGM0002,Bee,Utrecht\nGM0150,Deventer,Overijssel\n"
          "GM0193,Zwolle,Overijssel\nGM1894,Peel en Maas,Limburg\nGM0796,'s-Hertogenbosch,Noord-Brabant\n"
          "GM0228,Ede,Gelderland\nGM0828,Oss,Noord-Brabant\nGM0753,Best,Noord-Brabant\n"
          "GM0373,Bergen (NH.),Noord-Holland\nGM0748,Bergen op Zoom,Noord-Brabant\n");
    // A figure for every gemeente: a thin indicator would be a warning, and check is strict.
    write("content/data/kosten.csv",
          "gemeente,indicator,periode,waarde\nGM0001,lasten,2020,240\nGM0002,lasten,2020,300\n"
          "GM0150,lasten,2020,250\nGM0193,lasten,2020,260\nGM1894,lasten,2020,270\nGM0796,lasten,2020,280\n"
          "GM0228,lasten,2020,290\nGM0828,lasten,2020,310\nGM0753,lasten,2020,320\nGM0373,lasten,2020,330\n"
          "GM0748,lasten,2020,340\n");
    const std::pair<const char*, const char*> reports[] = {
        {"aa", "GM0150"},  {"peel-en-maas", "GM1894"}, {"s-hertogenbosch", "GM0796"}, {"ede", "GM0228"},
        {"oss", "GM0828"}, {"best", "GM0753"},         {"bergen", "GM0373"}};
    for (const auto& [file, code] : reports)
      write(std::string("content/gemeenten/") + file + ".md",
            std::string("---\ngemeente: ") + code + "\ntitel: Jeugdhulp\n---\n\n{{< gemeente >}} is onderzocht.\n");
  }

 private:
  std::filesystem::path root_;
};

/// Sets an environment variable (PATH, SPIEGEL_PAGEFIND) for one test and
/// puts the old value back, or removes it when there was none.
class EnvironmentFor {
 public:
  EnvironmentFor(const char* name, const std::string& value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    setenv(name, value.c_str(), 1);
  }
  ~EnvironmentFor() {
    if (old_)
      setenv(name_, old_->c_str(), 1);
    else
      unsetenv(name_);
  }
  EnvironmentFor(const EnvironmentFor&) = delete;
  EnvironmentFor& operator=(const EnvironmentFor&) = delete;

 private:
  const char* name_;
  std::optional<std::string> old_;
};

}  // namespace spiegel::testing
