// A benchmark table as accessible HTML: a caption, column and row headers
// with scope, the gemeente's own row emphasised, numbers right-aligned, the
// source and the notes under it, in a holder that scrolls on a phone.
#pragma once

#include <string>

#include "assemble/benchmark_table.h"

namespace spiegel {

/// The table's HTML. `root` leads from the page to the site root ("../../");
/// `id` is unique on the page and names the caption for the scrolling region.
std::string benchmark_table_html(const BenchmarkTable& table, const std::string& root, const std::string& id);

/// "Download: CSV · Excel" under the table `id`: links to <id>.csv and
/// <id>.xlsx beside the page, each described by the table's caption.
std::string download_links_html(const std::string& id);

}  // namespace spiegel
