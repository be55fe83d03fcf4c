// Mustache templates: the full spec (sections, inverted sections, partials,
// set delimiters, standalone lines, dotted names, implicit iterator) plus
// inheritance (`{{<parent}}` with `{{$block}}` arguments). No lambdas: the
// data is plain JSON prepared by `assemble`.
//
// A template is parsed once, in add(), to a tree of nodes; render() walks the
// tree with a stack of pointers into the caller's JSON and appends to one
// string. Truthiness follows the spec's `!!data`: missing, null, false, 0, ""
// and the empty list are falsy, everything else (including {}) is truthy.
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>

namespace spiegel::mustache {

/// A parse or render error, in Dutch, naming the template and line.
struct TemplateError : std::runtime_error {
  std::string file;  ///< path shown to the user (or the template name)
  int line;          ///< 1-based; 0 when the error has no place in a file
  TemplateError(std::string file, int line, const std::string& msg);
};

struct Template;  // parsed form, defined in mustache.cc

/// A set of named templates; partials and parents `{{> name}}` / `{{< name}}` resolve by name within the set.
class TemplateSet {
 public:
  /// Adds (or replaces) a template, parsing it now; `file` is the path shown in errors. Throws TemplateError.
  void add(const std::string& name, std::string source, std::string file = {});
  /// Whether a template of that name was added.
  bool has(const std::string& name) const;
  /// Renders template `name` with `data` as the root context; safe to call from several threads at once.
  /// With `mark_sources`, each piece of template text is preceded by a source_mark (render/source_marks.h)
  /// naming its template file and line.
  std::string render(const std::string& name, const nlohmann::json& data, bool mark_sources = false) const;

 private:
  // Parsed templates are immutable, so sharing them keeps the set cheap to copy.
  std::unordered_map<std::string, std::shared_ptr<const Template>> templates_;
  friend class Renderer;
};

}  // namespace spiegel::mustache
