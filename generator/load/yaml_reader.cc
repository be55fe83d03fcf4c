#include "load/yaml_reader.h"

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>

#include <limits>
#include <sstream>

#include "base/edit_distance.h"
#include "base/utf8.h"
#include "load/number.h"

namespace spiegel {

namespace {

/// Finds the first alias (*naam) without building the document: yaml-cpp
/// shares an aliased node, but every walk over the tree visits it again, so
/// ten lines of nested aliases make billions of nodes.
class AliasFinder : public YAML::EventHandler {
 public:
  std::optional<YAML::Mark> alias;
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    if (!alias) alias = mark;
  }
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

}  // namespace

std::optional<YAML::Node> parse_yaml(const std::string& text, const std::string& file, Diagnostics& diags,
                                     int first_line) {
  if (std::optional<Diagnostic> bad = utf8_error(text, file, first_line)) {
    diags.add(std::move(*bad));
    return std::nullopt;
  }
  try {
    std::istringstream in(text);
    YAML::Parser parser(in);
    AliasFinder finder;
    // The first document only, as YAML::Load reads: on some broken input yaml-cpp
    // reports a next document forever without reading on (found by yaml_fuzz).
    parser.HandleNextDocument(finder);
    if (finder.alias) {
      diags.error({file, finder.alias->line + first_line, finder.alias->column + 1},
                  "een alias (*naam) kent Spiegel niet: schrijf de waarde zelf uit");
      return std::nullopt;
    }
    return YAML::Load(text);
  } catch (const YAML::Exception& e) {
    // yaml-cpp's own messages are English; the position is what helps most.
    diags.error({file, e.mark.line + first_line, e.mark.column + 1}, fmt::format("ongeldige YAML ({})", e.msg));
    return std::nullopt;
  }
}

YamlMap::YamlMap(const YAML::Node& node, std::string file, Diagnostics& diags, int first_line)
    : node_(node), file_(std::move(file)), diags_(diags), first_line_(first_line) {}

SourceLoc YamlMap::loc(const YAML::Node& node) const {
  YAML::Mark m = node.Mark();
  if (m.line < 0) return {file_, 0, 0};
  return {file_, m.line + first_line_, m.column + 1};
}

bool YamlMap::has(const std::string& key) const {
  return node_.IsMap() && node_[key].IsDefined() && !node_[key].IsNull();
}

YAML::Node YamlMap::node(const std::string& key) {
  if (!node_.IsMap()) return YAML::Node();
  return node_[key];
}

std::optional<std::string> YamlMap::text(const std::string& key, bool required) {
  YAML::Node n = node(key);
  if (!n.IsDefined() || n.IsNull()) {
    if (required) diags_.error(loc(), fmt::format("'{}' ontbreekt", key));
    return std::nullopt;
  }
  if (!n.IsScalar()) {
    diags_.error(loc(n), fmt::format("'{}' moet een enkele waarde zijn, geen lijst of tabel", key));
    return std::nullopt;
  }
  return n.Scalar();
}

std::optional<double> YamlMap::number(const std::string& key) {
  auto t = text(key);
  if (!t) return std::nullopt;
  auto v = parse_decimal(*t, '.');
  if (!v) diags_.error(loc(node(key)), fmt::format("'{}' moet een getal zijn, niet '{}'", key, *t));
  return v;
}

std::optional<int> YamlMap::integer(const std::string& key) {
  auto t = text(key);
  if (!t) return std::nullopt;
  // One message for 'eerst' and '1.5' alike: "moet een getal zijn" would be
  // wrong advice for 1.5. The range check keeps the cast below defined.
  auto v = parse_decimal(*t, '.');
  if (!v || *v < std::numeric_limits<int>::min() || *v > std::numeric_limits<int>::max() ||
      *v != static_cast<int>(*v)) {
    diags_.error(loc(node(key)), fmt::format("'{}' moet een geheel getal zijn, zoals 2, niet '{}'", key, *t));
    return std::nullopt;
  }
  return static_cast<int>(*v);
}

std::optional<bool> YamlMap::boolean(const std::string& key) {
  auto t = text(key);
  if (!t) return std::nullopt;
  if (*t == "true" || *t == "ja") return true;
  if (*t == "false" || *t == "nee") return false;
  diags_.error(loc(node(key)), fmt::format("'{}' moet true of false zijn, niet '{}'", key, *t));
  return std::nullopt;
}

std::optional<std::vector<std::string>> YamlMap::list(const std::string& key) {
  YAML::Node n = node(key);
  if (!n.IsDefined() || n.IsNull()) return std::nullopt;
  std::vector<std::string> out;
  if (n.IsScalar()) {
    out.push_back(n.Scalar());
    return out;
  }
  if (!n.IsSequence()) {
    diags_.error(loc(n), fmt::format("'{}' moet een lijst zijn, zoals [a, b]", key));
    return std::nullopt;
  }
  for (const YAML::Node& item : n) {
    if (!item.IsScalar()) {
      diags_.error(loc(item), fmt::format("elk element van '{}' moet een enkele waarde zijn", key));
      return std::nullopt;
    }
    out.push_back(item.Scalar());
  }
  return out;
}

std::optional<std::string> YamlMap::choice(const std::string& key, const std::vector<std::string>& allowed) {
  auto t = text(key);
  if (!t) return std::nullopt;
  for (const std::string& a : allowed)
    if (*t == a) return t;
  std::string options;
  for (const std::string& a : allowed) options += (options.empty() ? "" : " | ") + a;
  diags_.error(loc(node(key)), fmt::format("onbekende waarde '{}' voor '{}' (kies uit {})", *t, key, options),
               suggest(*t, allowed));
  return std::nullopt;
}

void YamlMap::report_unknown_keys(const std::vector<std::string>& known) {
  if (!node_.IsMap()) return;
  for (const auto& kv : node_) {
    const std::string key = kv.first.Scalar();
    bool found = false;
    for (const std::string& k : known) found = found || k == key;
    if (!found) diags_.error(loc(kv.first), fmt::format("onbekende sleutel '{}'", key), suggest(key, known));
  }
}

}  // namespace spiegel
