#include "serve/error_page.h"

#include <doctest/doctest.h>

using namespace spiegel;

TEST_CASE("the error page names file:line and escapes everything") {
  Diagnostics d;
  d.error({"content/gemeenten/<x>.md", 14, 3}, "onbekende indicator '<script>alert(1)</script>'", "lasten&co");
  d.error({"content/spiegel.yaml", 0, 0}, "bestand ontbreekt");
  std::string html = error_page_html(d);
  CHECK(html.find("content/gemeenten/&lt;x&gt;.md:14:3") != std::string::npos);
  CHECK(html.find("<script>alert") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("bedoelt u <code>lasten&amp;co</code>?") != std::string::npos);
  CHECK(html.find("<code class=\"plaats\">content/spiegel.yaml</code> bestand ontbreekt") != std::string::npos);
  CHECK(html.find("Spiegel vond 2 fouten") != std::string::npos);
  CHECK(html.find("<html lang=\"nl\">") != std::string::npos);
}
