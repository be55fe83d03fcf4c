// libFuzzer target for normalise_text. Besides crashes, sanitizer reports and
// slow inputs (a page of '<' without '>' must not take quadratic time) it
// checks what the anonymity check relies on: the result holds only words of
// a-z and 0-9 with one separator between them, every origin points into the
// input, keeping origins does not change the words, the words normalise to
// themselves, and a name between two spaces is always found whatever markup
// surrounds it.
// Built with -DSPIEGEL_FUZZ=ON (clang): bench/fuzz.sh text_normalise_fuzz.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "base/text_normalise.h"

namespace {

#define require(ok)                                                                 \
  do {                                                                              \
    if (!(ok)) {                                                                    \
      std::fprintf(stderr, "text_normalise_fuzz.cc:%d: %s faalt\n", __LINE__, #ok); \
      std::abort();                                                                 \
    }                                                                               \
  } while (0)

bool separator(char c) { return c == ' ' || c == '\n'; }

bool has_word(const std::string& words, const std::string& word) {
  for (std::size_t at = words.find(word); at != std::string::npos; at = words.find(word, at + 1)) {
    std::size_t end = at + word.size();
    if ((at == 0 || separator(words[at - 1])) && (end == words.size() || separator(words[end]))) return true;
  }
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::vector<std::size_t> origins;
  const std::string words = spiegel::normalise_text(text, &origins);
  require(words == spiegel::normalise_text(text));
  require(origins.size() == words.size());
  for (std::size_t o : origins) require(o < text.size());
  for (std::size_t k = 0; k < words.size(); ++k) {
    char c = words[k];
    require((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || separator(c));
    if (separator(c)) require(k > 0 && k + 1 < words.size() && !separator(words[k + 1]));
  }
  // A few origins asked for alone are the same as in the full list.
  std::vector<std::size_t> offsets, expected;
  for (std::size_t k = 0; k < words.size(); k += 1 + size % 13) {
    offsets.push_back(k);
    expected.push_back(origins[k]);
  }
  require(spiegel::origins_at(text, words, offsets) == expected);
  // Plain words and spaces are their own normal form.
  std::string flat = words;
  for (char& c : flat)
    if (c == '\n') c = ' ';
  require(spiegel::normalise_text(flat) == flat);
  // Whatever comes before and after, a name set apart by spaces is a word of the result.
  const std::size_t cut = size == 0 ? 0 : data[0] % (size + 1);
  require(has_word(spiegel::normalise_text(text.substr(0, cut) + " Deventer " + text.substr(cut)), "deventer"));
  return 0;
}
