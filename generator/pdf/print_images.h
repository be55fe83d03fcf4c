// WeasyPrint reads a page on its standard input without a base address, so
// that the links in a PDF stay relative, as on the page (pdf_site.cc). An
// image then has nowhere to load from: in the copy WeasyPrint reads, each
// <img src> that names a file of the site gets that file's address in the
// render folder. Links keep theirs; no folder path reaches a PDF's links.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "model/site_files.h"

namespace spiegel {

/// `html`, the site page `page` (gemeenten/deventer/index.html), with every
/// <img src> that names one of `files` pointed at that file below `root`
/// (file:///…/kaarten/…svg). Other sources are left as written.
std::string with_image_files(std::string_view html, const std::string& page, const std::filesystem::path& root,
                             const SiteFiles& files);

}  // namespace spiegel
