#include "text/shortcode_parser.h"

#include <fmt/format.h>

#include "base/text.h"

namespace spiegel {

namespace {

constexpr std::string_view kPrefix = "SPGLSC";
constexpr char kSuffix = 'Z';

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

}  // namespace

std::string shortcode_placeholder(std::size_t i) { return fmt::format("{}{}{}", kPrefix, i, kSuffix); }

std::size_t find_placeholder(std::string_view text, std::size_t from, std::size_t& index, std::size_t& length) {
  for (std::size_t pos = text.find(kPrefix, from); pos != std::string_view::npos; pos = text.find(kPrefix, pos + 1)) {
    std::size_t p = pos + kPrefix.size(), n = 0;
    std::size_t start = p;
    while (p < text.size() && text[p] >= '0' && text[p] <= '9') n = n * 10 + (text[p++] - '0');
    if (p > start && p < text.size() && text[p] == kSuffix) {
      index = n;
      length = p + 1 - pos;
      return pos;
    }
  }
  return std::string_view::npos;
}

ShortcodeScan scan_shortcodes(std::string_view body, const std::string& file, int first_line, Diagnostics& diags) {
  ShortcodeScan out;
  out.text.reserve(body.size());
  int line = first_line;
  std::size_t line_start = 0;
  std::size_t i = 0;
  while (i < body.size()) {
    if (body[i] == '\n') {
      out.text += '\n';
      ++line;
      line_start = ++i;
      continue;
    }
    if (body.compare(i, 3, "{{<") != 0) {
      out.text += body[i++];
      continue;
    }
    SourceLoc loc{file, line, static_cast<int>(i - line_start) + 1};
    std::size_t close = body.find(">}}", i + 3);
    std::size_t eol = body.find('\n', i);
    if (close == std::string_view::npos || (eol != std::string_view::npos && close > eol)) {
      diags.error(loc, "shortcode '{{<' wordt niet afgesloten met '>}}' op dezelfde regel");
      out.text += body.substr(i, 3);
      i += 3;
      continue;
    }
    std::string_view inner = body.substr(i + 3, close - i - 3);
    ShortcodeCall call;
    call.loc = loc;
    call.source = std::string(body.substr(i, close + 3 - i));
    std::optional<std::vector<std::string>> split = split_quoted_words(inner);
    const std::vector<std::string> words = split.value_or(std::vector<std::string>{});
    if (!split) {
      diags.error(loc, fmt::format("shortcode {}: aanhalingsteken '\"' wordt niet gesloten", call.source));
    } else if (words.empty()) {
      diags.error(loc, "lege shortcode '{{< >}}' — er hoort een naam in, zoals {{< gemeente >}}");
    } else {
      call.name = words[0];
      bool ok = true;
      for (char c : call.name) ok = ok && is_name_char(c);
      if (!ok) diags.error(loc, fmt::format("ongeldige shortcode-naam '{}'", call.name));
      for (std::size_t w = 1; w < words.size(); ++w) {
        auto eq = words[w].find('=');
        if (eq == std::string::npos) {
          call.positional.push_back(words[w]);
        } else {
          std::string key = words[w].substr(0, eq);
          if (call.named.count(key))
            diags.error(loc, fmt::format("shortcode {}: '{}' staat er twee keer in", call.name, key));
          call.named[key] = words[w].substr(eq + 1);
        }
      }
    }
    out.text += shortcode_placeholder(out.calls.size());
    out.calls.push_back(std::move(call));
    i = close + 3;
  }
  return out;
}

}  // namespace spiegel
