#include "assemble/summary.h"

#include <algorithm>

#include "base/link_policy.h"
#include "text/blocks.h"

using nlohmann::json;

namespace spiegel {

namespace {

/// Links inside a block point into its own page; on an overview they must
/// say which page, and a relative link or image (bestanden/…) must start
/// from that page's folder.
std::string rebase_anchors(std::string html, const std::string& page_url) {
  if (page_url.empty()) return html;
  const std::string folder = page_url.substr(0, page_url.rfind('/') + 1);
  for (const std::string_view attr : {" href=\"", " src=\""})
    for (std::size_t at = 0; (at = html.find(attr, at)) != std::string::npos;) {
      at += attr.size();
      std::string_view url = std::string_view(html).substr(at, html.find('"', at) - at);
      std::string prefix = url.starts_with('#')                                               ? page_url
                           : url.empty() || url.starts_with('/') || !link_scheme(url).empty() ? ""
                                                                                              : folder;
      html.insert(at, prefix);
      at += prefix.size();
    }
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

BlockItem item(const Block& b, const std::string& url_prefix = "") {
  auto attr = [&](const char* key) { return b.attrs.count(key) ? b.attrs.at(key) : std::string(); };
  BlockItem i{block_title(b),
              b.id,
              url_prefix + "#" + b.id,
              without_ids(rebase_anchors(b.html, url_prefix)),
              attr("thema"),
              std::nullopt,
              std::nullopt};
  if (b.kind == "aanbeveling") i.aan = attr("aan");
  if (b.kind == "norm") {
    NormJudgement v = judgement_of(attr("oordeel"));
    i.norm = NormVerdict{attr("oordeel"), v.word, v.symbol};
  }
  return i;
}

/// Items of one kind grouped by thema, in order of first appearance.
std::vector<ThemeGroup> by_theme(const BlockScan& blocks, const std::string& kind, const std::string& aan = "") {
  std::vector<ThemeGroup> groups;
  for (const Block& b : blocks.blocks) {
    if (b.kind != kind || (!aan.empty() && (!b.attrs.count("aan") || b.attrs.at("aan") != aan))) continue;
    std::string thema = b.attrs.count("thema") ? b.attrs.at("thema") : "";
    auto group = std::find_if(groups.begin(), groups.end(), [&](const ThemeGroup& g) { return g.thema == thema; });
    if (group == groups.end()) group = groups.insert(groups.end(), ThemeGroup{thema, {}});
    group->items.push_back(item(b));
  }
  return groups;
}

}  // namespace

void to_json(json& j, const BlockItem& i) {
  j = {{"titel", i.titel}, {"id", i.id}, {"url", i.url}, {"html", i.html}, {"thema", i.thema}};
  if (i.aan) j["aan"] = *i.aan;
  if (i.norm) {
    j["oordeel"] = i.norm->oordeel;
    j["oordeel_woord"] = i.norm->oordeel_woord;
    j["symbool"] = i.norm->symbool;
  }
}

void to_json(json& j, const ThemeGroup& g) {
  j = {{"thema", g.thema}, {"heeft_thema", !g.thema.empty()}, {"items", g.items}};
}

void to_json(json& j, const Summary& s) {
  const bool conclusies = !s.conclusies.empty(), raad = !s.aan_de_raad.empty(), college = !s.aan_het_college.empty(),
             normen = !s.normen.empty();
  j = {{"hoofdvraag", s.hoofdvraag},
       {"antwoord", s.antwoord},
       {"deelvragen", s.deelvragen},
       {"normen", s.normen},
       {"conclusies", s.conclusies},
       {"aan_de_raad", s.aan_de_raad},
       {"aan_het_college", s.aan_het_college},
       {"heeft_conclusies", conclusies},
       {"heeft_raad", raad},
       {"heeft_college", college},
       {"heeft_normen", normen},
       {"heeft_deelvragen", !s.deelvragen.empty()},
       {"heeft", !s.hoofdvraag.empty() || conclusies || raad || college || normen}};
}

Summary report_summary(const BlockScan& blocks) {
  Summary s;
  for (const Block& b : blocks.blocks) {
    if (b.kind == "hoofdvraag") s.hoofdvraag = without_ids(b.html);
    if (b.kind == "antwoord") s.antwoord = without_ids(b.html);
    if (b.kind == "deelvraag") s.deelvragen.push_back(item(b));
    if (b.kind == "norm") s.normen.push_back(item(b));
  }
  s.conclusies = by_theme(blocks, "conclusie");
  s.aan_de_raad = by_theme(blocks, "aanbeveling", "raad");
  s.aan_het_college = by_theme(blocks, "aanbeveling", "college");
  return s;
}

std::vector<BlockItem> overview_items(const BlockScan& blocks, const std::string& kind, const std::string& page_url) {
  std::vector<BlockItem> items;
  for (const Block& b : blocks.blocks)
    if (b.kind == kind) items.push_back(item(b, page_url));
  return items;
}

}  // namespace spiegel
