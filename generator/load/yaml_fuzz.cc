// libFuzzer target for every YAML file of the content and the front matter of
// a text: no crash, hang or sanitizer report, and no node explosion (aliases
// are refused, load/yaml_reader.h). Built with -DSPIEGEL_FUZZ=ON (clang).
#include <cstddef>
#include <cstdint>
#include <string>

#include "base/diagnostics.h"
#include "load/document.h"
#include "load/groups.h"
#include "load/indicators.h"
#include "load/settings.h"
#include "load/statline.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  spiegel::Diagnostics diags;
  spiegel::load_document(text, "gemeenten/fuzz.md", "fuzz", diags);
  spiegel::load_settings(text, "spiegel.yaml", diags);
  spiegel::load_indicators(text, "indicatoren.yaml", diags);
  spiegel::Content content;
  spiegel::load_groups(text, "groepen.yaml", content, diags);
  spiegel::load_statline_mapping(text, "koppeling.yaml", diags);
  return 0;
}
