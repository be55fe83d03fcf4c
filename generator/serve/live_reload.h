// Live reload: pages served by `serve` carry a small script that listens to
// Server-Sent Events and reloads the page when the site changed. The script is
// added when a page is served, never to the site that `build` writes.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace spiegel {

/// The URL of the event stream; no site path starts with "__spiegel".
inline constexpr std::string_view kReloadEventsPath = "/__spiegel/herladen";

/// Counts site versions and wakes the event streams that wait for a new one.
class ReloadHub {
 public:
  /// Announces version `generation` of the site (the caller counts, so it can
  /// store the site under that number before any page hears of it).
  void publish(std::uint64_t generation);
  /// The current version.
  std::uint64_t generation() const;
  /// Waits until the version differs from `seen`, at most `timeout`. The
  /// current version, or nullopt once shutdown() was called.
  std::optional<std::uint64_t> wait_for_change(std::uint64_t seen, std::chrono::milliseconds timeout);
  /// Ends every wait, now and later, so open streams let the server stop.
  void shutdown();

 private:
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  std::uint64_t generation_ = 1;
  bool stopping_ = false;
};

/// `html` with the reload script for site version `generation` placed before
/// the last </body> (or at the end). The page reloads when the stream reports
/// another version, also one published before the stream connected.
std::string inject_reload_script(std::string_view html, std::uint64_t generation);

/// One event of the stream: "data: <generation>\n\n".
std::string reload_event(std::uint64_t generation);

}  // namespace spiegel
