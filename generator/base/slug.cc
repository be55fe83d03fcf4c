#include "base/slug.h"

#include <array>

namespace spiegel {

namespace {

// U+00C0–U+00FF; nullptr for × and ÷, which separate like punctuation.
constexpr std::array<const char*, 64> kLatin1 = {
    "a", "a", "a", "a", "a", "a", "ae", "c",     "e", "e", "e", "e", "i", "i", "i",  "i",   // C0–CF
    "d", "n", "o", "o", "o", "o", "o",  nullptr, "o", "u", "u", "u", "u", "y", "th", "ss",  // D0–DF
    "a", "a", "a", "a", "a", "a", "ae", "c",     "e", "e", "e", "e", "i", "i", "i",  "i",   // E0–EF
    "d", "n", "o", "o", "o", "o", "o",  nullptr, "o", "u", "u", "u", "u", "y", "th", "y",   // F0–FF
};

// U+0100–U+017F (Latin Extended-A): names from neighbouring languages and the Dutch ĳ.
constexpr std::array<const char*, 128> kLatinExtendedA = {
    "a",  "a",  "a", "a", "a", "a",                                // 100–105 Ā ā Ă ă Ą ą
    "c",  "c",  "c", "c", "c", "c", "c", "c",                      // 106–10D Ć … č
    "d",  "d",  "d", "d",                                          // 10E–111 Ď ď Đ đ
    "e",  "e",  "e", "e", "e", "e", "e", "e", "e", "e",            // 112–11B Ē … ě
    "g",  "g",  "g", "g", "g", "g", "g", "g",                      // 11C–123 Ĝ … ģ
    "h",  "h",  "h", "h",                                          // 124–127 Ĥ … ħ
    "i",  "i",  "i", "i", "i", "i", "i", "i", "i", "i",            // 128–131 Ĩ … ı
    "ij", "ij",                                                    // 132–133 Ĳ ĳ
    "j",  "j",                                                     // 134–135 Ĵ ĵ
    "k",  "k",  "k",                                               // 136–138 Ķ ķ ĸ
    "l",  "l",  "l", "l", "l", "l", "l", "l", "l", "l",            // 139–142 Ĺ … ł
    "n",  "n",  "n", "n", "n", "n", "n", "n", "n",                 // 143–14B Ń … ŋ
    "o",  "o",  "o", "o", "o", "o",                                // 14C–151 Ō … ő
    "oe", "oe",                                                    // 152–153 Œ œ
    "r",  "r",  "r", "r", "r", "r",                                // 154–159 Ŕ … ř
    "s",  "s",  "s", "s", "s", "s", "s", "s",                      // 15A–161 Ś … š
    "t",  "t",  "t", "t", "t", "t",                                // 162–167 Ţ … ŧ
    "u",  "u",  "u", "u", "u", "u", "u", "u", "u", "u", "u", "u",  // 168–173 Ũ … ų
    "w",  "w",                                                     // 174–175 Ŵ ŵ
    "y",  "y",  "y",                                               // 176–178 Ŷ ŷ Ÿ
    "z",  "z",  "z", "z", "z", "z",                                // 179–17E Ź … ž
    "s",                                                           // 17F ſ
};

}  // namespace

std::size_t decode_utf8(std::string_view s, std::size_t i, char32_t& cp) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
  if (len == 0 || c > 0xF4 || i + len > s.size()) return 0;
  cp = c & (0x7F >> len);
  for (std::size_t k = 1; k < len; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

const char* fold_latin(char32_t cp) {
  if (cp >= 0xC0 && cp <= 0xFF) return kLatin1[cp - 0xC0];
  if (cp >= 0x100 && cp <= 0x17F) return kLatinExtendedA[cp - 0x100];
  return nullptr;
}

std::string slugify(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  bool pending_dash = false;
  auto emit = [&](std::string_view piece) {
    if (pending_dash && !out.empty()) out += '-';
    pending_dash = false;
    out += piece;
  };
  for (std::size_t i = 0; i < name.size();) {
    char c = name[i];
    if (static_cast<unsigned char>(c) < 0x80) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        emit(std::string_view(&c, 1));
      } else if (c >= 'A' && c <= 'Z') {
        char lower = static_cast<char>(c - 'A' + 'a');
        emit(std::string_view(&lower, 1));
      } else {
        pending_dash = true;
      }
      ++i;
      continue;
    }
    char32_t cp = 0;
    std::size_t len = decode_utf8(name, i, cp);
    if (len == 0) {
      pending_dash = true;
      ++i;
      continue;
    }
    i += len;
    // Combining accents (text typed on a Mac arrives decomposed: u + ◌́) are
    // dropped, so "Súdwest" gives the same slug in either normal form.
    if (cp >= 0x300 && cp <= 0x36F) continue;
    if (const char* folded = fold_latin(cp)) {
      emit(folded);
    } else {
      pending_dash = true;
    }
  }
  return out;
}

}  // namespace spiegel
