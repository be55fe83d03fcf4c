#include "assemble/edition_nav.h"

#include "assemble/pages.h"

using nlohmann::json;

namespace spiegel {

void to_json(json& j, const EditionLink& l) {
  j = {{"jaar", l.jaar}, {"url", l.url}, {"huidig", l.huidig}, {"actueel", l.actueel}};
}

void to_json(json& j, const EditionsView& v) {
  j = {{"jaar", v.jaar}, {"actueel", v.actueel}, {"actuele_url", v.actuele_url}, {"edities", v.edities}};
}

EditionsView editions_view(const EditionNav& nav, const std::string& path) {
  EditionsView view;
  const EditionNav::Edition& here = nav.editions.at(nav.current);
  // From the page up to the root of the whole site, above the edition's folder.
  const std::string top = root_prefix(here.prefix + path);
  auto url = [&](const EditionNav::Edition& e) { return top + e.prefix + (e.pages.count(path) ? path : "index.html"); };
  view.jaar = here.jaar;
  view.actueel = nav.current == 0;
  view.actuele_url = url(nav.editions.front());
  for (std::size_t i = 0; i < nav.editions.size(); ++i)
    view.edities.push_back({nav.editions[i].jaar, url(nav.editions[i]), i == nav.current, i == 0});
  return view;
}

}  // namespace spiegel
