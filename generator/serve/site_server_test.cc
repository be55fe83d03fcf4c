// The server on a real loopback socket: what a browser would get.
#include "serve/site_server.h"

#include <doctest/doctest.h>
#include <httplib.h>

#include <chrono>
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
  std::string received;
  std::thread listener([&] {
    httplib::Client c = r.client();
    c.Get(std::string(kReloadEventsPath), [&](const char* data, std::size_t n) {
      received.append(data, n);
      return received.find("data: 3") == std::string::npos;  // stop after the second version
    });
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  r.server.publish_site({{"index.html", "<html><body>nieuw</body></html>"}});
  listener.join();
  CHECK(received.find("data: 2\n\n") != std::string::npos);
  CHECK(received.find("data: 3\n\n") != std::string::npos);

  std::thread idle([&] {
    httplib::Client c = r.client();
    c.Get(std::string(kReloadEventsPath), [&](const char*, std::size_t) { return true; });
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  auto start = std::chrono::steady_clock::now();
  r.server.stop();
  idle.join();
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(3));
}
