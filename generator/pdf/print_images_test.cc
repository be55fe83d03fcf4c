#include "pdf/print_images.h"

#include <doctest/doctest.h>

using namespace spiegel;

TEST_CASE("with_image_files points a page's images at the render folder and leaves links and the rest alone") {
  const SiteFiles files = {{"kaarten/a b.svg", "<svg/>"}, {"gemeenten/aa/logo.png", "png"}};
  const std::string page = "gemeenten/aa/index.html";
  const std::string html =
      "<p><img class=\"kaart\" src=\"../../kaarten/a%20b.svg\" alt=\"a &gt; b\"> "
      "<a href=\"../../kaarten/a%20b.svg\">link</a> <img src=\"logo.png\" alt=\"\">"
      "<img src=\"https://example.org/x.png\" alt=\"x\"><img src=\"ontbreekt.png\" alt=\"\">"
      "<img src=\"../../../buiten.png\" alt=\"\"><imgx src=\"logo.png\"><img alt=\"zonder src\"></p>";
  CHECK(with_image_files(html, page, "/tmp/render map", files) ==
        "<p><img class=\"kaart\" src=\"file:///tmp/render%20map/kaarten/a%20b.svg\" alt=\"a &gt; b\"> "
        "<a href=\"../../kaarten/a%20b.svg\">link</a> <img src=\"file:///tmp/render%20map/gemeenten/aa/logo.png\" "
        "alt=\"\"><img src=\"https://example.org/x.png\" alt=\"x\"><img src=\"ontbreekt.png\" alt=\"\">"
        "<img src=\"../../../buiten.png\" alt=\"\"><imgx src=\"logo.png\"><img alt=\"zonder src\"></p>");
  // Unfinished tags at the end are copied as they are.
  CHECK(with_image_files("<img src=\"../../kaarten/a%20b.svg", page, "/r", files) ==
        "<img src=\"../../kaarten/a%20b.svg");
  CHECK(with_image_files("x<img", page, "/r", files) == "x<img");
}
