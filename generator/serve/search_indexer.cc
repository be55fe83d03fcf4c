#include "serve/search_indexer.h"

namespace spiegel {

SearchIndexer::SearchIndexer(std::filesystem::path pagefind, std::function<void(SiteFiles)> publish,
                             std::function<void(const std::string&)> report)
    : pagefind_(std::move(pagefind)),
      publish_(std::move(publish)),
      report_(std::move(report)),
      thread_([this] { run(); }) {}

SearchIndexer::~SearchIndexer() {
  {
    std::lock_guard lock(mutex_);
    stop_ = true;
  }
  wake_.notify_one();
  thread_.join();
}

void SearchIndexer::index(std::shared_ptr<const SiteFiles> site, std::vector<SearchRecord> records,
                          std::string language) {
  {
    std::lock_guard lock(mutex_);
    next_ = Job{std::move(site), std::move(records), std::move(language)};
  }
  wake_.notify_one();
}

void SearchIndexer::run() {
  for (;;) {
    Job job;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [this] { return stop_ || next_; });
      if (stop_) return;
      job = std::move(*next_);
      next_.reset();
    }
    try {
      publish_(search_index(pagefind_, search_pages(*job.site), job.records, job.language));
    } catch (const Error& e) {
      report_(e.diagnostic.message);
    }
  }
}

}  // namespace spiegel
