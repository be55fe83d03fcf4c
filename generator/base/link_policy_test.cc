#include "base/link_policy.h"

#include <doctest/doctest.h>

using namespace spiegel;

TEST_CASE("link policy: web, mail, phone and links within the site pass") {
  for (const char* url :
       {"http://cbs.nl", "https://www.cbs.nl/x?a=1#b", "HTTPS://CBS.NL", "mailto:rekenkamer@example.nl",
        "tel:+31570693911", "../x/index.html", "#conclusie-1", "x.pdf", "/monitor/spiegel.css",
        "//cdn.example.org/x.js", "", "?pagina=2", "bijlage%20a.pdf", "%20javascript:alert(1)", "./a:b.html"})
    CHECK_MESSAGE(is_allowed_link(url), url);
  CHECK(link_scheme("x.pdf") == "");
  CHECK(link_scheme("Mailto:a@b.nl") == "mailto");
}

TEST_CASE("link policy: every other scheme is refused, however it is written") {
  for (const char* url :
       {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "vbscript:msgbox", "data:text/html,<script>x</script>",
        "data:image/png;base64,AAAA", "file:///etc/passwd", "ftp://ftp.example.nl", "blob:https://x/1",
        " javascript:alert(1)", "\x01javascript:alert(1)", "\x1f\x20javascript:x", "java\tscript:alert(1)",
        "java\nscript:alert(1)", "jav\rascript:x", "javascript:x\x7f ", "x:y.html"})
    CHECK_MESSAGE(!is_allowed_link(url), url);
  CHECK(link_scheme("\t JaVa\nScRiPt:alert(1)") == "javascript");
}

TEST_CASE("link policy: the message names the link, control characters visible") {
  CHECK(
      disallowed_link_message("javascript:alert(1)") ==
      "link naar 'javascript:alert(1)': alleen http(s)-, mailto- en tel-links en links binnen de site zijn toegestaan");
  CHECK(disallowed_link_message("\x01javascript:x").starts_with("link naar '%01javascript:x'"));
}
