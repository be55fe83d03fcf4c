#include "base/parallel.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

namespace spiegel {

void parallel_for(std::size_t n, unsigned max_threads, const std::function<void(std::size_t)>& work) {
  std::atomic<std::size_t> next{0};
  std::atomic<bool> failed{false};
  std::exception_ptr first_failure;
  std::mutex failure_mutex;
  auto run = [&] {
    for (std::size_t i; !failed && (i = next++) < n;) try {
        work(i);
      } catch (...) {
        std::lock_guard lock(failure_mutex);
        if (!first_failure) first_failure = std::current_exception();
        failed = true;
      }
  };
  std::vector<std::future<void>> helpers;
  for (unsigned t = 1; t < max_threads && t < n; ++t) helpers.push_back(std::async(std::launch::async, run));
  run();
  for (auto& h : helpers) h.get();  // run() catches everything, so this only waits
  if (first_failure) std::rethrow_exception(first_failure);
}

unsigned compute_threads() { return std::clamp(std::thread::hardware_concurrency(), 1u, 4u); }

}  // namespace spiegel
