// Reading the YAML files of the content contract with errors at file:line:
// wrong types, unknown keys (with a suggestion) and bad enum values.
#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"

namespace spiegel {

/// Parses YAML text; on a syntax error, a byte that is not UTF-8 or an alias
/// (*naam: content YAML has no use for them, and they make a small file huge)
/// adds a diagnostic and returns nullopt.
/// `first_line` is the file line of the text's first line (front matter starts at 2).
std::optional<YAML::Node> parse_yaml(const std::string& text, const std::string& file, Diagnostics& diags,
                                     int first_line = 1);

/// What `read` (which walks a parsed tree) returns; a yaml-cpp exception on the
/// way (a broken file whose nodes are not what their place says) becomes an
/// error at `file` and gives `fallback`, never an uncaught exception (found by yaml_fuzz).
template <typename T, typename Read>
T guard_yaml(const std::string& file, Diagnostics& diags, T fallback, Read&& read) {
  try {
    return read();
  } catch (const YAML::Exception& e) {
    diags.error({file, e.mark.line >= 0 ? e.mark.line + 1 : 0, e.mark.column >= 0 ? e.mark.column + 1 : 0},
                "ongeldige YAML (" + e.msg + ")");
    return fallback;
  }
}

/// Reads the fields of one YAML mapping with typed accessors; unknown keys are
/// reported with the nearest known one.
class YamlMap {
 public:
  YamlMap(const YAML::Node& node, std::string file, Diagnostics& diags, int first_line = 1);

  /// Where `node` is in the user's file.
  SourceLoc loc(const YAML::Node& node) const;
  SourceLoc loc() const { return loc(node_); }
  bool has(const std::string& key) const;
  /// A scalar as text; `required` reports its absence.
  std::optional<std::string> text(const std::string& key, bool required = false);
  std::optional<double> number(const std::string& key);
  std::optional<int> integer(const std::string& key);
  std::optional<bool> boolean(const std::string& key);
  /// A list of scalars; a single scalar counts as a list of one.
  std::optional<std::vector<std::string>> list(const std::string& key);
  /// One of `allowed`; anything else is an error with a suggestion.
  std::optional<std::string> choice(const std::string& key, const std::vector<std::string>& allowed);
  /// The raw node of a key (undefined when absent).
  YAML::Node node(const std::string& key);
  /// Reports every key not in `known`, with the nearest known key.
  void report_unknown_keys(const std::vector<std::string>& known);

  const std::string& file() const { return file_; }
  Diagnostics& diags() { return diags_; }

 private:
  YAML::Node node_;
  std::string file_;
  Diagnostics& diags_;
  int first_line_;
};

}  // namespace spiegel
