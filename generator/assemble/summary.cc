#include "assemble/summary.h"

#include "text/blocks.h"

using nlohmann::json;

namespace spiegel {

namespace {

/// Links inside a block point into its own page; on an overview they must say which page.
std::string rebase_anchors(std::string html, const std::string& page_url) {
  if (page_url.empty()) return html;
  for (std::size_t at = 0; (at = html.find("href=\"#", at)) != std::string::npos; at += 6 + page_url.size())
    html.insert(at + 6, page_url);
  return html;
}

/// A copy of a block's HTML shown elsewhere must not repeat the ids of the original.
std::string without_ids(std::string html) {
  for (std::size_t at; (at = html.find(" id=\"")) != std::string::npos;) {
    std::size_t end = html.find('"', at + 5);
    if (end == std::string::npos) break;
    html.erase(at, end + 1 - at);
  }
  return html;
}

json item(const Block& b, const std::string& url_prefix = "") {
  json j = {{"titel", block_title(b)}, {"id", b.id}, {"url", url_prefix + "#" + b.id},
            {"html", without_ids(rebase_anchors(b.html, url_prefix))},
            {"thema", b.attrs.count("thema") ? b.attrs.at("thema") : ""}};
  if (b.kind == "aanbeveling") j["aan"] = b.attrs.count("aan") ? b.attrs.at("aan") : "";
  if (b.kind == "norm") {
    NormJudgement v = judgement_of(b.attrs.count("oordeel") ? b.attrs.at("oordeel") : "");
    j["oordeel"] = b.attrs.count("oordeel") ? b.attrs.at("oordeel") : "";
    j["oordeel_woord"] = v.word;
    j["symbool"] = v.symbol;
  }
  return j;
}

/// Items of one kind grouped by thema, in order of first appearance.
json by_theme(const BlockScan& blocks, const std::string& kind, const std::string& aan = "") {
  json groups = json::array();
  for (const Block& b : blocks.blocks) {
    if (b.kind != kind || (!aan.empty() && (!b.attrs.count("aan") || b.attrs.at("aan") != aan))) continue;
    std::string thema = b.attrs.count("thema") ? b.attrs.at("thema") : "";
    json* group = nullptr;
    for (json& g : groups)
      if (g["thema"] == thema) group = &g;
    if (!group) {
      groups.push_back({{"thema", thema}, {"heeft_thema", !thema.empty()}, {"items", json::array()}});
      group = &groups.back();
    }
    (*group)["items"].push_back(item(b));
  }
  return groups;
}

}  // namespace

json report_summary(const BlockScan& blocks) {
  json s = {{"hoofdvraag", ""}, {"antwoord", ""}, {"deelvragen", json::array()}, {"normen", json::array()}};
  for (const Block& b : blocks.blocks) {
    if (b.kind == "hoofdvraag") s["hoofdvraag"] = without_ids(b.html);
    if (b.kind == "antwoord") s["antwoord"] = without_ids(b.html);
    if (b.kind == "deelvraag") s["deelvragen"].push_back(item(b));
    if (b.kind == "norm") s["normen"].push_back(item(b));
  }
  s["conclusies"] = by_theme(blocks, "conclusie");
  s["aan_de_raad"] = by_theme(blocks, "aanbeveling", "raad");
  s["aan_het_college"] = by_theme(blocks, "aanbeveling", "college");
  s["heeft_conclusies"] = !s["conclusies"].empty();
  s["heeft_raad"] = !s["aan_de_raad"].empty();
  s["heeft_college"] = !s["aan_het_college"].empty();
  s["heeft_normen"] = !s["normen"].empty();
  s["heeft_deelvragen"] = !s["deelvragen"].empty();
  s["heeft"] = s["hoofdvraag"] != "" || s["heeft_conclusies"] || s["heeft_raad"] || s["heeft_college"] ||
               s["heeft_normen"];
  return s;
}

json overview_items(const BlockScan& blocks, const std::string& kind, const std::string& page_url) {
  json items = json::array();
  for (const Block& b : blocks.blocks)
    if (b.kind == kind) items.push_back(item(b, page_url));
  return items;
}

}  // namespace spiegel
