// A value made once and shared by the threads that ask for it: what texts
// rendered side by side have in common (render/shortcode_args.h).
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace spiegel {

template <typename T>
class Memo {
 public:
  /// The value of `key`, made by `make` if nobody asked for it before. It is
  /// made outside the lock, so that the others go on meanwhile; two asking at
  /// once both make it, and the first one in is kept. An exception from
  /// `make` leaves nothing behind.
  std::shared_ptr<const T> get(const std::string& key, const std::function<T()>& make) {
    {
      std::lock_guard lock(mutex_);
      if (auto it = made_.find(key); it != made_.end()) return it->second;
    }
    auto value = std::make_shared<const T>(make());
    std::lock_guard lock(mutex_);
    return made_.emplace(key, std::move(value)).first->second;
  }

 private:
  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<const T>> made_;
};

}  // namespace spiegel
