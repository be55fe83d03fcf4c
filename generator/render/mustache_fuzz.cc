// libFuzzer target for the Mustache templates: parse the input as a template
// (and as a partial it may include, itself too) and render it with a view
// that has sections, lists and markup. A TemplateError is an answer; a crash,
// hang or stack overflow is not. Built with -DSPIEGEL_FUZZ=ON (clang).
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "render/mustache.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  static const nlohmann::json view = {
      {"a", true},
      {"b", {1, 2, 3}},
      {"c", {{"d", "<script>x</script>"}, {"e", {{"f", false}}}}},
      {"naam", "Deventer"},
      {"lijst", {{{"x", 1}}, {{"x", 2}}}},
  };
  spiegel::mustache::TemplateSet templates;
  try {
    templates.add("p", text, "p.mustache");
    templates.add("t", text, "t.mustache");
    templates.render("t", view);
  } catch (const spiegel::mustache::TemplateError&) {
  }
  return 0;
}
