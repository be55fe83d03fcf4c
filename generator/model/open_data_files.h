// The files of the open data under site/data/ (a contract: their paths and
// columns stay). The write stage makes them; the verantwoording links to them.
#pragma once

#include <vector>

namespace spiegel {

/// One file of the open data, for links from the site.
struct OpenDataFile {
  const char* path;         ///< relative to the site root
  const char* description;  ///< Dutch, for the list on the site
};

/// The files, in the order the site lists them: four, and with a follow-up
/// register (content/opvolging.csv) data/opvolging.csv as the fifth.
std::vector<OpenDataFile> open_data_files(bool follow_up_register);

/// The register's file: per aanbeveling and peildatum the status (write/open_data.h).
inline constexpr const char* kFollowUpFile = "data/opvolging.csv";

}  // namespace spiegel
