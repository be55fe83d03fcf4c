// The HTTP side of `serve` (cpp-httplib): answers from the in-memory site
// through answer_request, and keeps one Server-Sent Events stream per open
// page for live reload. Nothing here reads files.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "serve/live_reload.h"
#include "serve/site_response.h"

namespace httplib {
class Server;
}

namespace spiegel {

/// Serves a ServedSite over HTTP until stopped.
class SiteServer {
 public:
  SiteServer();
  ~SiteServer();
  SiteServer(const SiteServer&) = delete;
  SiteServer& operator=(const SiteServer&) = delete;

  /// Binds to `address`:`port` (0: any free port). The port bound, or nullopt.
  std::optional<int> bind(const std::string& address, int port);
  /// Starts answering requests on a background thread.
  void start();
  /// Ends open event streams, stops listening and waits for the threads.
  void stop();

  /// Shows `files` from now on and tells open pages to reload.
  void publish_site(SiteFiles files, std::string base_path = "/");
  /// The pages shown now (for the search index, which is made from them).
  std::shared_ptr<const SiteFiles> site_files() const;
  /// Serves `bundle` (the search index, pagefind/…) from now on beside the
  /// pages, whichever site is shown; open pages are not reloaded for it.
  void publish_search(SiteFiles bundle);
  /// Shows `error_html` for pages from now on (assets of the last good site
  /// stay available) and tells open pages to reload.
  void publish_error(std::string error_html);

  /// Most event streams open at once; each holds a server thread.
  static constexpr int kMaxStreams = 16;

 private:
  void publish(std::shared_ptr<ServedSite> next);
  std::shared_ptr<const ServedSite> current() const;

  std::unique_ptr<httplib::Server> http_;
  std::thread thread_;
  ReloadHub hub_;
  mutable std::mutex mutex_;
  std::shared_ptr<const ServedSite> site_;
  std::shared_ptr<const SiteFiles> search_;  ///< the last search index made; nullptr before the first
  std::atomic<int> streams_{0};
};

}  // namespace spiegel
