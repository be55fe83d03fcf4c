#include "render/block_html.h"

#include <fmt/format.h>

#include "base/html_escape.h"
#include "base/text.h"
#include "model/enum_names.h"
#include "render/markdown.h"

namespace spiegel {

namespace {

std::string link_to(const Block& b) {
  return fmt::format("<a href=\"#{}\">{}</a>", escape_html(b.id), escape_html(block_reference(b)));
}

/// An aanbeveling's follow-up: where it stands, and how it got there.
std::string follow_up_html(const std::vector<const FollowUp*>& history) {
  if (history.empty()) return "";
  auto status = [](const FollowUp& f) {
    return fmt::format("<span class=\"opvolging-status status-{}\">{}</span>", name(f.status),
                       follow_up_status_label(f.status));
  };
  const FollowUp& now = *history.back();
  std::string out =
      fmt::format("<div class=\"opvolging\">\n<p class=\"opvolging-stand\">Opvolging: {} (peildatum {})</p>\n",
                  status(now), dutch_date(now.peildatum));
  if (!now.toelichting.empty()) out += "<p class=\"opvolging-toelichting\">" + escape_html(now.toelichting) + "</p>\n";
  if (history.size() > 1) {
    out += fmt::format("<details class=\"opvolging-verloop\"><summary>Verloop ({} peildata)</summary>\n<ol>\n",
                       history.size());
    for (const FollowUp* f : history) {
      out += "<li>" + dutch_date(f->peildatum) + ": " + status(*f);
      if (!f->toelichting.empty()) out += " — " + escape_html(f->toelichting);
      out += "</li>\n";
    }
    out += "</ol>\n</details>\n";
  }
  return out + "</div>\n";
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

std::string block_html(const Block& b, const BlockScan& all, const std::vector<const FollowUp*>& history) {
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
  return out + follow_up_html(history) + "</div>\n";
}

}  // namespace spiegel
