// The structure of a text as the stages after render read it: its headings
// (the table of contents) and its blocks, with the page it is on. Render makes
// it; the open data (monitor.json) and the overviews read it.
#pragma once

#include <string>
#include <vector>

#include "model/content.h"
#include "text/blocks.h"

namespace spiegel {

/// One heading of the text, for the table of contents.
struct Heading {
  int level = 2;
  std::string number;  ///< "1", "1.2"; empty when not numbered
  std::string text;
  std::string id;
};

/// The structure of one rendered text, for monitor.json.
struct TextOutline {
  const Document* doc = nullptr;
  std::string url;                     ///< the page, relative to the site root: gemeenten/deventer/
  const Gemeente* gemeente = nullptr;  ///< for a report
  const std::vector<Heading>* headings = nullptr;
  const std::vector<Block>* blocks = nullptr;
};

}  // namespace spiegel
