#include "render/block_html.h"

#include <fmt/format.h>

#include "base/html_escape.h"
#include "base/text.h"
#include "render/markdown.h"

namespace spiegel {

namespace {

std::string link_to(const Block& b) {
  return fmt::format("<a href=\"#{}\">{}</a>", escape_html(b.id), escape_html(block_reference(b)));
}

}  // namespace

/// Tables and figures are captioned figures: "Tabel 2: titel", the source under it.
std::string captioned_html(const Block& b) {
  std::string caption = escape_html(block_title(b));
  if (b.attrs.count("titel")) caption += ": " + escape_html(b.attrs.at("titel"));
  // The scrolling holder of a table is a region; give it the caption as its name.
  std::string inner = b.html;
  if (auto at = inner.find(kTableRegionName); at != std::string::npos)
    inner.replace(at, kTableRegionName.size(), "role=\"region\" aria-label=\"" + caption + "\"");
  std::string out = fmt::format("<figure class=\"blok-{}\" id=\"{}\">\n<figcaption>{}</figcaption>\n{}",
                                escape_html(b.kind), escape_html(b.id), caption, inner);
  if (b.attrs.count("bron")) out += "<p class=\"bron\">Bron: " + escape_html(b.attrs.at("bron")) + "</p>\n";
  return out + "</figure>\n";
}

std::string block_html(const Block& b, const BlockScan& all) {
  if (b.kind == "tabel" || b.kind == "figuur") return captioned_html(b);
  std::string kop = escape_html(block_title(b));
  if (b.kind == "aanbeveling" && b.attrs.count("aan"))
    kop += b.attrs.at("aan") == "raad" ? " · aan de raad" : " · aan het college";
  std::string out = fmt::format("<div class=\"blok blok-{}\" id=\"{}\">\n<p class=\"blok-kop\">{}</p>\n",
                                escape_html(b.kind), escape_html(b.id), kop);
  if (b.kind == "norm" && b.attrs.count("oordeel")) {
    NormJudgement j = judgement_of(b.attrs.at("oordeel"));
    out += fmt::format("<p class=\"oordeel oordeel-{}\"><span aria-hidden=\"true\">{}</span> {}</p>\n",
                       escape_html(b.attrs.at("oordeel")), j.symbol, j.word);
  }
  out += b.html;
  std::vector<std::string> links;
  for (const std::string& id : b.conclusies)
    if (const Block* c = all.find(id)) links.push_back(link_to(*c));
  if (!links.empty()) out += "<p class=\"verwijzingen\">Gebaseerd op " + list_in_words(links) + ".</p>\n";
  links.clear();
  for (const std::string& id : b.aanbevelingen)
    if (const Block* a = all.find(id)) links.push_back(link_to(*a));
  if (!links.empty()) out += "<p class=\"verwijzingen\">Leidt tot " + list_in_words(links) + ".</p>\n";
  return out + "</div>\n";
}

}  // namespace spiegel
