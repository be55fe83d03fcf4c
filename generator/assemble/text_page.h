// The view model of a page from content/paginas/: its text, and on the
// verantwoording the generated account of indicators and groups.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "assemble/page_view.h"
#include "assemble/verantwoording.h"

namespace spiegel {

struct TextPage {
  PageBase page;
  std::string ondertitel;
  std::optional<Verantwoording> verantwoording;  ///< on the verantwoording only
  nlohmann::json to_json() const;
};

}  // namespace spiegel
