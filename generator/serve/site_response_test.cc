#include "serve/site_response.h"

#include <doctest/doctest.h>

using namespace spiegel;

namespace {

ServedSite example() {
  ServedSite s;
  s.files = {{"index.html", "<html><body><p>home</p></body></html>"},
             {"404.html", "<html><body><p>weg</p></body></html>"},
             {"gemeenten/deventer/index.html", "<html><body><p>Deventer</p></body></html>"},
             {"spiegel.css", "body{}"}};
  s.generation = 7;
  return s;
}

bool contains(const std::string& h, const std::string& n) { return h.find(n) != std::string::npos; }

}  // namespace

TEST_CASE("pages get the reload script, assets their bytes") {
  ServedSite s = example();
  SiteReply home = answer_request(s, "/");
  CHECK(home.status == 200);
  CHECK(home.content_type == "text/html; charset=utf-8");
  CHECK(contains(home.body, "<p>home</p>"));
  CHECK(contains(home.body, "var versie=7;"));
  CHECK(home.body.find("<script>") < home.body.find("</body>"));
  SiteReply css = answer_request(s, "/spiegel.css?x");
  CHECK(css.status == 200);
  CHECK(css.body == "body{}");
  CHECK(css.content_type == "text/css; charset=utf-8");
}

TEST_CASE("a folder without its slash is redirected; unknown paths get 404.html") {
  ServedSite s = example();
  SiteReply r = answer_request(s, "/gemeenten/deventer?x=1");
  CHECK(r.status == 301);
  CHECK(r.location == "/gemeenten/deventer/");
  SiteReply missing = answer_request(s, "/gemeenten/nergens/");
  CHECK(missing.status == 404);
  CHECK(contains(missing.body, "<p>weg</p>"));
  CHECK(contains(missing.body, "EventSource"));
}

TEST_CASE("traversal attempts are answered 404 from the site, never from disk") {
  ServedSite s = example();
  for (const char* bad :
       {"/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd",
        "/gemeenten/..\\..\\etc\\passwd", "/%2e%2e%5c%2e%2e%5cetc%5cpasswd", "/etc/passwd", "/proc/self/environ"}) {
    CAPTURE(bad);
    SiteReply r = answer_request(s, bad);
    CHECK(r.status == 404);
    CHECK(contains(r.body, "<p>weg</p>"));
    CHECK_FALSE(contains(r.body, "root:"));
  }
}

TEST_CASE("links below basis_url's path (as in 404.html) are found without it") {
  ServedSite s = example();
  s.base_path = "/monitor/";
  CHECK(answer_request(s, "/monitor/spiegel.css").status == 200);
  CHECK(answer_request(s, "/monitor/").body.find("<p>home</p>") != std::string::npos);
  CHECK(answer_request(s, "/monitor/gemeenten/deventer/").status == 200);
  CHECK(answer_request(s, "/monitor/../etc/passwd").status == 404);
  CHECK(answer_request(s, "/monitor/%2e%2e/etc/passwd").status == 404);
}

TEST_CASE("while the build fails, pages show the error page and assets still load") {
  ServedSite s = example();
  s.error_html = "<html><body><h1>fout</h1></body></html>";
  CHECK(answer_request(s, "/").status == 500);
  CHECK(contains(answer_request(s, "/gemeenten/deventer/").body, "<h1>fout</h1>"));
  CHECK(contains(answer_request(s, "/onbekend").body, "<h1>fout</h1>"));
  CHECK(answer_request(s, "/spiegel.css").status == 200);
}

TEST_CASE("the search index is served beside the pages, also below basis_url's path") {
  ServedSite s = example();
  s.base_path = "/monitor/";
  const SiteFiles search = {{"pagefind/pagefind.js", "export {}"}, {"pagefind/index/nl_1.pf_index", "\x01\x02"}};
  SiteReply js = answer_request(s, "/pagefind/pagefind.js", &search);
  CHECK(js.status == 200);
  CHECK(js.body == "export {}");
  CHECK(contains(js.content_type, "text/javascript"));
  CHECK(answer_request(s, "/monitor/pagefind/index/nl_1.pf_index", &search).body == "\x01\x02");
  // Without an index yet (serve makes it after the pages), the page's script gets a 404.
  CHECK(answer_request(s, "/pagefind/pagefind.js").status == 404);
  // Only the index's own files: the pages stay the site's.
  CHECK(answer_request(s, "/spiegel.css", &search).body == "body{}");
}
