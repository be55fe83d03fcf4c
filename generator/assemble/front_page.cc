#include "assemble/front_page.h"

using nlohmann::json;

namespace spiegel {

json FrontPage::to_json() const {
  json j = page.to_json();
  j["pagina"]["is_index"] = true;
  j["open_data"] = open_data;
  j["indicatoren_url"] = indicatoren_url;
  j["kaart"] = kaart;
  return j;
}

}  // namespace spiegel
