// Serve's search index, made in the background: Pagefind takes far longer
// than a text edit's rebuild (a quarter of a second on the example, seconds
// on a national monitor), so the pages are shown at once and the index
// follows. While it is being made the last one is served; a newer site
// replaces a waiting one, so after a burst of edits only the last is indexed.
#pragma once

#include <condition_variable>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "search/search_index.h"

namespace spiegel {

class SearchIndexer {
 public:
  /// `publish` gets each index made; `report` each failure, in Dutch. Both are called on the indexer's thread.
  SearchIndexer(std::filesystem::path pagefind, std::function<void(SiteFiles)> publish,
                std::function<void(const std::string&)> report);
  /// Waits for the index being made, if any; a waiting one is dropped.
  ~SearchIndexer();
  SearchIndexer(const SearchIndexer&) = delete;
  SearchIndexer& operator=(const SearchIndexer&) = delete;

  /// Makes the index of a newly built site and its search_records in the
  /// background; even the choice of its pages (search_pages) is made there,
  /// so the rebuild that shows a text edit does not wait for it.
  void index(std::shared_ptr<const SiteFiles> site, std::vector<SearchRecord> records, std::string language);

 private:
  struct Job {
    std::shared_ptr<const SiteFiles> site;
    std::vector<SearchRecord> records;
    std::string language;
  };
  void run();

  std::filesystem::path pagefind_;
  std::function<void(SiteFiles)> publish_;
  std::function<void(const std::string&)> report_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::optional<Job> next_;
  bool stop_ = false;
  std::thread thread_;  ///< last, so it starts after everything it reads
};

}  // namespace spiegel
