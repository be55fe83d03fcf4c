#include "validate/follow_up.h"

#include <fmt/format.h>

#include <map>
#include <set>

#include "base/edit_distance.h"

namespace spiegel {

void validate_follow_up(const Content& content, const std::vector<TextOutline>& texts,
                        const std::vector<std::string>& elsewhere, Diagnostics& diags) {
  if (content.opvolging.empty()) return;
  // rapport → its blocks by id and kind; and every aanbeveling as rapport#id, for a suggestion.
  std::map<std::string, std::map<std::string, std::string>> kinds;
  std::set<std::string> known(elsewhere.begin(), elsewhere.end());
  for (const TextOutline& t : texts) {
    if (!t.gemeente || !t.doc || !t.blocks) continue;
    auto& blocks = kinds[t.doc->slug];
    for (const Block& b : *t.blocks) {
      blocks[b.id] = b.kind;
      if (b.kind == "aanbeveling") known.insert(t.doc->slug + "#" + b.id);
    }
  }
  std::set<std::string> concepts;
  for (const Document& d : content.concepts_left_out) concepts.insert(d.slug);
  const std::vector<std::string> candidates(known.begin(), known.end());
  for (const FollowUp& f : content.opvolging) {
    const std::string name = f.rapport + "#" + f.aanbeveling;
    if (known.count(name) || concepts.count(f.rapport)) continue;
    auto report = kinds.find(f.rapport);
    auto block = report == kinds.end() ? nullptr : &report->second;
    auto kind = block ? block->find(f.aanbeveling) : std::map<std::string, std::string>::const_iterator{};
    std::string message = !block ? fmt::format("aanbeveling '{}': er is geen rapport '{}' (content/gemeenten/{}.md)",
                                               name, f.rapport, f.rapport)
                          : kind != block->end()
                              ? fmt::format("'{}' is een {} in het rapport, geen aanbeveling", name, kind->second)
                              : fmt::format("aanbeveling '{}': het rapport {} heeft geen aanbeveling met id '{}'", name,
                                            f.rapport, f.aanbeveling);
    diags.error(f.loc, message, suggest(name, candidates));
  }
}

}  // namespace spiegel
