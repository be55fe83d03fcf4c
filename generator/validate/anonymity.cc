#include "validate/anonymity.h"

#include <fmt/format.h>

namespace spiegel {

namespace {

bool is_word_char(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

/// Whether `word` occurs in `text` as a whole word ("Ede" is not in "Vrede").
bool contains_word(const std::string& text, const std::string& word) {
  if (word.empty()) return false;
  for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
    bool start = at == 0 || !is_word_char(static_cast<unsigned char>(text[at - 1]));
    std::size_t end = at + word.size();
    bool finish = end >= text.size() || !is_word_char(static_cast<unsigned char>(text[end]));
    if (start && finish) return true;
  }
  return false;
}

}  // namespace

void check_anonymity(const SiteData& site, const std::map<std::string, std::string>& files, Diagnostics& diags) {
  for (const auto& [code, pseudonym] : site.pseudonyms) {
    const Gemeente* g = site.content.registry.find(code);
    if (!g) continue;
    for (const auto& [path, bytes] : files) {
      for (const std::string* real : {&g->naam, &g->code})
        if (contains_word(bytes, *real))
          diags.error({"site/" + path, 0, 0},
                      fmt::format("'{}' staat in de uitvoer, maar {} is geanonimiseerd als '{}' — schrijf in de "
                                  "tekst {{{{< gemeente >}}}} in plaats van de naam, en laat kolommen en bronnen "
                                  "die de gemeente noemen weg",
                                  *real, g->naam, pseudonym));
    }
  }
}

}  // namespace spiegel
