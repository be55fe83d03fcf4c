#include "assemble/page_view.h"

#include <algorithm>

#include "base/text.h"

using nlohmann::json;

namespace spiegel {

void to_json(json& j, const NavItem& n) { j = {{"titel", n.titel}, {"url", n.url}, {"actief", n.actief}}; }

void to_json(json& j, const ReportLink& r) {
  j = {{"naam", r.naam},   {"code", r.code},
       {"titel", r.titel}, {"ondertitel", r.ondertitel},
       {"url", r.url},     {"kerncijfers", r.kerncijfers}};
}

void to_json(json& j, const SiteView& s) {
  j = {{"titel", s.titel},
       {"organisatie", s.organisatie},
       {"editie", s.editie},
       {"taal", s.taal},
       {"root", s.root},
       {"css", s.css},
       {"peilperiode", s.peilperiode},
       {"revisie", s.revisie},
       {"logo", s.logo},
       {"vermeld_spiegel", s.vermeld_spiegel},
       {"generator", s.generator},
       {"zoeken", s.zoeken},
       {"nav", s.nav},
       {"gemeenten", s.gemeenten},
       {"aantal_gemeenten", s.aantal_gemeenten},
       {"aantal_gemeenten_in_woorden", number_in_words(s.aantal_gemeenten)}};
  // false rather than absent, as zoekindex: {{#site.edities}} must not find one of an outer context.
  if (s.edities)
    j["edities"] = *s.edities;
  else
    j["edities"] = false;
}

void to_json(json& j, const SearchMarks& m) { j = {{"soort", m.soort}, {"gemeente", m.gemeente}, {"thema", m.thema}}; }

void to_json(json& j, const PageHeader& p) {
  j = {{"soort", p.soort}, {"pad", p.pad}, {"canonical", p.canonical}, {"titel", p.titel}, {"concept", p.is_concept}};
  // false rather than absent: a template's {{#pagina.zoekindex}} must not find a zoekindex of an outer context.
  if (p.zoekindex)
    j["zoekindex"] = *p.zoekindex;
  else
    j["zoekindex"] = false;
}

void to_json(json& j, const TocEntry& e) {
  j = {{"tekst", e.tekst}, {"id", e.id}, {"nummer", e.nummer}, {"niveau", e.niveau}, {"sub", e.sub}};
}

void PageText::add_to(json& page) const {
  page["inhoud"] = inhoud;
  page["toc"] = toc;
  // One heading is no table of contents.
  page["heeft_toc"] = toc.size() >= 2;
  if (samenvatting) page["samenvatting"] = *samenvatting;
}

PageText page_text(const std::string& html, const std::vector<Heading>& headings, const BlockScan& blocks) {
  PageText t;
  t.inhoud = html;
  for (const Heading& h : headings)
    if (h.level <= 3) t.toc.push_back({h.text, h.id, h.number, h.level, h.level > headings.front().level});
  t.samenvatting = report_summary(blocks);
  for (const Block& b : blocks.blocks)
    if (b.kind == "bijlage") t.bijlagen = std::max(t.bijlagen, b.number);
  return t;
}

json PageBase::to_json() const {
  json j = {{"site", site}, {"pagina", pagina}};
  text.add_to(j);
  return j;
}

}  // namespace spiegel
