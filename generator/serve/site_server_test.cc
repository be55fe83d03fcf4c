// The server on a real loopback socket: what a browser would get.
#include "serve/site_server.h"

#include <arpa/inet.h>
#include <doctest/doctest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <thread>

using namespace spiegel;

namespace {

struct Running {
  SiteServer server;
  int port = 0;
  Running() {
    auto p = server.bind("127.0.0.1", 0);
    REQUIRE(p);
    port = *p;
    server.publish_site({{"index.html", "<html><body>thuis</body></html>"},
                         {"404.html", "<html><body>niet gevonden</body></html>"},
                         {"gemeenten/aa/index.html", "<html><body>Aa</body></html>"}});
    server.start();
  }
  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port);
    c.set_url_encode(false);  // send the attacker's bytes as they are
    c.set_connection_timeout(2);
    c.set_read_timeout(5);
    return c;
  }
};

/// Something one thread waits for and another makes happen. The tests wait for
/// events, not for time; the deadline only turns a hang into a failure and is
/// far above any normal wait, so a slow, busy machine does not fail them.
class Signal {
 public:
  void set() {
    {
      std::lock_guard lock(mutex_);
      set_ = true;
    }
    changed_.notify_all();
  }
  /// True once set(); false if that has not happened within the deadline.
  bool wait() {
    std::unique_lock lock(mutex_);
    return changed_.wait_for(lock, kDeadline, [this] { return set_; });
  }

 private:
  static constexpr std::chrono::seconds kDeadline{60};
  std::mutex mutex_;
  std::condition_variable changed_;
  bool set_ = false;
};

}  // namespace

TEST_CASE("loopback: pages, redirects and traversal attempts") {
  Running r;
  httplib::Client c = r.client();
  auto home = c.Get("/");
  REQUIRE(home);
  CHECK(home->status == 200);
  CHECK(home->get_header_value("Content-Type") == "text/html; charset=utf-8");
  CHECK(home->body.find("thuis") != std::string::npos);
  auto dir = c.Get("/gemeenten/aa");
  REQUIRE(dir);
  CHECK(dir->status == 301);
  CHECK(dir->get_header_value("Location") == "/gemeenten/aa/");
  for (const char* bad : {"/../../../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                          "/gemeenten/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/..%5c..%5c..%5cetc%5cpasswd",
                          "/gemeenten/aa/../../../etc/hostname", "/etc/passwd"}) {
    CAPTURE(bad);
    auto res = c.Get(bad);
    REQUIRE(res);
    CHECK(res->status == 404);
    CHECK(res->body.find("niet gevonden") != std::string::npos);
    CHECK(res->body.find("root:") == std::string::npos);
  }
}

TEST_CASE("loopback: a port in use cannot be bound twice") {
  Running first;
  SiteServer second;
  CHECK_FALSE(second.bind("127.0.0.1", first.port).has_value());
}

TEST_CASE("loopback: an open page hears of a new version, and stop() ends its stream") {
  Running r;
  std::string received;  // written by the listener only, read after join()
  Signal connected;
  std::thread listener([&] {
    httplib::Client c = r.client();
    c.Get(std::string(kReloadEventsPath), [&](const char* data, std::size_t n) {
      received.append(data, n);
      if (received.find("data: 2\n\n") != std::string::npos) connected.set();  // the version on connecting
      return received.find("data: 3") == std::string::npos;                    // stop after the second version
    });
    connected.set();  // also when the stream failed, so the test does not wait in vain
  });
  REQUIRE(connected.wait());
  r.server.publish_site({{"index.html", "<html><body>nieuw</body></html>"}});
  listener.join();
  CHECK(received.find("data: 2\n\n") != std::string::npos);
  CHECK(received.find("data: 3\n\n") != std::string::npos);

  // An idle stream, open when the server stops: stop() must end it.
  Signal idle_open;
  std::thread idle([&] {
    httplib::Client c = r.client();
    c.Get(std::string(kReloadEventsPath), [&](const char*, std::size_t) {
      idle_open.set();
      return true;
    });
    idle_open.set();
  });
  REQUIRE(idle_open.wait());
  // stop() returns only when every request's thread has ended, this stream's
  // too (the client may see the end as a finished response or as a closed
  // connection). Were the stream left open, stop() would hang: a watchdog turns
  // that into a failure instead of a test that never ends.
  Signal stopped;
  std::thread watchdog([&] {
    if (!stopped.wait()) {
      std::fputs("site_server_test: stop() heeft de open stream na een minuut nog niet beëindigd\n", stderr);
      std::abort();
    }
  });
  r.server.stop();
  stopped.set();
  watchdog.join();
  idle.join();
}

TEST_CASE("loopback: sixty connections that never finish their request do not hold up a page") {
  Running r;
  std::vector<int> silent;
  for (int i = 0; i < 60; ++i) {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(static_cast<std::uint16_t>(r.port));
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(connect(fd, reinterpret_cast<sockaddr*>(&to), sizeof to) == 0);
    // Half a request: the headers never end. Open like this for the whole test.
    const char half[] = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    REQUIRE(send(fd, half, sizeof half - 1, 0) > 0);
    silent.push_back(fd);
  }
  // Before, they took every worker until their read timeout (5 s each, in turns of 24):
  // the page came after 10 s or more. Now it comes in about a second.
  httplib::Client c = r.client();
  c.set_read_timeout(3);
  auto res = c.Get("/gemeenten/aa/");
  REQUIRE(res);
  CHECK(res->status == 200);
  for (int fd : silent) close(fd);
}
