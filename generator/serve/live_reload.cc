#include "serve/live_reload.h"

#include <fmt/format.h>

namespace spiegel {

void ReloadHub::publish(std::uint64_t generation) {
  {
    std::lock_guard lock(mutex_);
    generation_ = generation;
  }
  changed_.notify_all();
}

std::uint64_t ReloadHub::generation() const {
  std::lock_guard lock(mutex_);
  return generation_;
}

std::optional<std::uint64_t> ReloadHub::wait_for_change(std::uint64_t seen, std::chrono::milliseconds timeout) {
  std::unique_lock lock(mutex_);
  changed_.wait_for(lock, timeout, [&] { return stopping_ || generation_ != seen; });
  if (stopping_) return std::nullopt;
  return generation_;
}

void ReloadHub::shutdown() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
}

std::string inject_reload_script(std::string_view html, std::uint64_t generation) {
  // EventSource reconnects by itself after a server restart; `retry` in the
  // stream keeps that quick.
  std::string script = fmt::format(
      "<script>(function(){{var versie={};var bron=new EventSource(\"{}\");"
      "bron.onmessage=function(e){{if(Number(e.data)!==versie){{bron.close();location.reload();}}}};}})();</script>\n",
      generation, kReloadEventsPath);
  std::size_t at = std::string_view::npos;
  for (std::size_t i = html.size(); i-- > 0;) {
    if (html[i] == '<' && html.size() - i >= 7) {
      std::string tag(html.substr(i, 7));
      for (char& c : tag) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      if (tag == "</body>") {
        at = i;
        break;
      }
    }
  }
  std::string out;
  out.reserve(html.size() + script.size());
  if (at == std::string_view::npos) {
    out.append(html);
    out += script;
  } else {
    out.append(html.substr(0, at));
    out += script;
    out.append(html.substr(at));
  }
  return out;
}

std::string reload_event(std::uint64_t generation) { return fmt::format("data: {}\n\n", generation); }

}  // namespace spiegel
