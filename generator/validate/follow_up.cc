#include "validate/follow_up.h"

#include <fmt/format.h>

#include <set>

#include "base/edit_distance.h"

namespace spiegel {

std::vector<std::string> report_aanbevelingen(const std::vector<TextOutline>& texts) {
  std::vector<std::string> out;
  for (const TextOutline& t : texts)
    if (t.gemeente && t.doc && t.blocks)
      for (const Block& b : *t.blocks)
        if (b.kind == "aanbeveling") out.push_back(t.doc->slug + "#" + b.id);
  return out;
}

namespace {

/// Why `f` names no aanbeveling: no such report, a block of another kind, or no such id.
std::string not_found(const FollowUp& f, const std::vector<TextOutline>& texts) {
  const std::string name = f.rapport + "#" + f.aanbeveling;
  const TextOutline* report = nullptr;
  for (const TextOutline& t : texts)
    if (t.gemeente && t.doc && t.blocks && t.doc->slug == f.rapport) report = &t;
  if (!report)
    return fmt::format("aanbeveling '{}': er is geen rapport '{}' (content/gemeenten/{}.md)", name, f.rapport,
                       f.rapport);
  for (const Block& b : *report->blocks)
    if (b.id == f.aanbeveling) return fmt::format("'{}' is een {} in het rapport, geen aanbeveling", name, b.kind);
  return fmt::format("aanbeveling '{}': het rapport {} heeft geen aanbeveling met id '{}'", name, f.rapport,
                     f.aanbeveling);
}

}  // namespace

void validate_follow_up(const Content& content, const std::vector<TextOutline>& texts,
                        const std::vector<std::string>& elsewhere, Diagnostics& diags) {
  if (content.opvolging.empty()) return;
  std::set<std::string> known(elsewhere.begin(), elsewhere.end());
  for (std::string& name : report_aanbevelingen(texts)) known.insert(std::move(name));
  std::set<std::string> concepts;
  for (const Document& d : content.concepts_left_out) concepts.insert(d.slug);
  const std::vector<std::string> candidates(known.begin(), known.end());
  for (const FollowUp& f : content.opvolging) {
    const std::string name = f.rapport + "#" + f.aanbeveling;
    if (!known.count(name) && !concepts.count(f.rapport))
      diags.error(f.loc, not_found(f, texts), suggest(name, candidates));
  }
}

}  // namespace spiegel
