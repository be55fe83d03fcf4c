#include "check/link_resolver.h"

#include <doctest/doctest.h>

using namespace spiegel;
using Kind = LinkTarget::Kind;

TEST_CASE("relative links resolve from the page's folder") {
  const char* page = "gemeenten/deventer/index.html";
  CHECK(resolve_link(page, "../../index.html").path == "index.html");
  CHECK(resolve_link(page, "../utrecht/index.html#kosten").path == "gemeenten/utrecht/index.html");
  CHECK(resolve_link(page, "../utrecht/index.html#kosten").fragment == "kosten");
  CHECK(resolve_link(page, "../utrecht/").path == "gemeenten/utrecht/index.html");
  CHECK(resolve_link(page, "#conclusie-1").path == page);
  CHECK(resolve_link(page, "#conclusie-1").fragment == "conclusie-1");
  CHECK(resolve_link(page, "grafiek%20a.svg?v=2").path == "gemeenten/deventer/grafiek a.svg");
  CHECK(resolve_link("index.html", "spiegel.css").path == "spiegel.css");
  CHECK(resolve_link("index.html", "./gemeenten/./deventer/index.html").path == "gemeenten/deventer/index.html");
  CHECK(resolve_link(page, "../..").path == "index.html");
}

TEST_CASE("external, ignored, outside and basis_url links") {
  CHECK(resolve_link("index.html", "https://cbs.nl/x").kind == Kind::external);
  CHECK(resolve_link("index.html", "mailto:a@b.nl").kind == Kind::external);
  CHECK(resolve_link("index.html", "//cdn.example.org/x.js").kind == Kind::external);
  CHECK(resolve_link("index.html", "data:image/png;base64,AAAA").kind == Kind::ignored);
  CHECK(resolve_link("index.html", "../geheim.txt").kind == Kind::outside);
  CHECK(resolve_link("a/index.html", "../../x").kind == Kind::outside);
  const char* base = "https://rekenkamer.example.nl/monitor/";
  LinkTarget canonical =
      resolve_link("gemeenten/deventer/index.html", "https://rekenkamer.example.nl/monitor/gemeenten/deventer/", base);
  CHECK(canonical.kind == Kind::internal);
  CHECK(canonical.path == "gemeenten/deventer/index.html");
  CHECK(resolve_link("404.html", "/monitor/spiegel.css", base).path == "spiegel.css");
  CHECK(resolve_link("404.html", "/andere-site/", base).kind == Kind::external);
  CHECK(resolve_link("404.html", "/spiegel.css").path == "spiegel.css");
}
