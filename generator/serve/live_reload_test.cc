#include "serve/live_reload.h"

#include <doctest/doctest.h>

#include <thread>

using namespace spiegel;
using namespace std::chrono_literals;

TEST_CASE("the reload script goes before the last </body>, or at the end") {
  std::string html = inject_reload_script("<html><body><p>a</p></BODY></html>", 3);
  CHECK(html.find("<script>") == html.find("<p>a</p>") + 8);
  CHECK(html.find("var versie=3;") != std::string::npos);
  CHECK(html.ends_with("</BODY></html>"));
  std::string bare = inject_reload_script("<p>geen body</p>", 1);
  CHECK(bare.starts_with("<p>geen body</p><script>"));
}

TEST_CASE("a waiting stream wakes on a new version and on shutdown") {
  ReloadHub hub;
  std::uint64_t first = hub.generation();
  CHECK(hub.wait_for_change(first, 10ms) == first);  // timeout: still the same version
  std::thread later([&] {
    std::this_thread::sleep_for(20ms);
    hub.publish(first + 1);
  });
  CHECK(hub.wait_for_change(first, 5s) == first + 1);
  later.join();
  hub.shutdown();
  CHECK_FALSE(hub.wait_for_change(first + 1, 5s).has_value());
  CHECK(reload_event(4) == "data: 4\n\n");
}
