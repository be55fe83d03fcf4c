#include "text/shortcode_parser.h"

#include <fmt/format.h>

#include <algorithm>
#include <utility>

#include "base/text.h"

namespace spiegel {

namespace {

constexpr std::string_view kPrefix = "SPGLSC";
constexpr char kSuffix = 'Z';

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

/// Where a line opens or closes a fenced code block: up to three spaces, then
/// three or more backticks or tildes. Returns the fence's character and length, or 0.
std::pair<char, std::size_t> fence_at(std::string_view body, std::size_t line_start) {
  std::size_t i = line_start;
  while (i < body.size() && i - line_start < 3 && body[i] == ' ') ++i;
  if (i >= body.size() || (body[i] != '`' && body[i] != '~')) return {0, 0};
  std::size_t n = 0;
  while (i + n < body.size() && body[i + n] == body[i]) ++n;
  return n >= 3 ? std::pair(body[i], n) : std::pair('\0', std::size_t{0});
}

/// Whether the rest of a closing fence's line is blank, as CommonMark asks.
bool blank_after(std::string_view body, std::size_t from) {
  for (; from < body.size() && body[from] != '\n'; ++from)
    if (body[from] != ' ' && body[from] != '\t' && body[from] != '\r') return false;
  return true;
}

/// The length of the backtick run at `i`.
std::size_t ticks_at(std::string_view body, std::size_t i) {
  std::size_t n = 0;
  while (i + n < body.size() && body[i + n] == '`') ++n;
  return n;
}

/// Whether a run of exactly `n` backticks follows `from` on the same line: the run at `from` opens a code span.
bool span_closes(std::string_view body, std::size_t from, std::size_t n) {
  while (from < body.size() && body[from] != '\n') {
    if (body[from] != '`') {
      ++from;
      continue;
    }
    std::size_t run = ticks_at(body, from);
    if (run == n) return true;
    from += run;
  }
  return false;
}

/// At `i` stands "{{" without '<' or '%': if a known shortcode name follows,
/// the shortcode as it should have been written, else "".
std::string literal_shortcode(std::string_view body, std::size_t i, const std::vector<std::string>& known_names) {
  std::size_t j = i + 2;
  if (j < body.size() && (body[j] == '<' || body[j] == '%' || body[j] == '{')) return "";
  while (j < body.size() && (body[j] == ' ' || body[j] == '\t')) ++j;
  std::size_t name_end = j;
  while (name_end < body.size() && is_name_char(body[name_end])) ++name_end;
  std::string_view name = body.substr(j, name_end - j);
  if (name.empty() || std::find(known_names.begin(), known_names.end(), name) == known_names.end()) return "";
  if (name_end < body.size() && body[name_end] != ' ' && body[name_end] != '\t' && body[name_end] != '}') return "";
  std::size_t eol = body.find('\n', i);
  std::size_t close = body.find("}}", name_end);
  if (close == std::string_view::npos || (eol != std::string_view::npos && close > eol))
    return fmt::format("{{{{< {} … >}}}}", name);
  std::string_view inner = trim(body.substr(i + 2, close - i - 2));
  if (inner.ends_with('>')) inner = trim(inner.substr(0, inner.size() - 1));
  return fmt::format("{{{{< {} >}}}}", inner);
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

ShortcodeScan scan_shortcodes(std::string_view body, const std::string& file, int first_line, Diagnostics& diags,
                              const std::vector<std::string>& known_names) {
  ShortcodeScan out;
  out.text.reserve(body.size());
  int line = first_line;
  std::size_t line_start = 0;
  std::size_t i = 0;
  // Where literal braces are meant: inside a fenced block, a code span or an HTML comment.
  std::pair<char, std::size_t> fence = {0, 0};
  std::size_t span_ticks = 0;
  bool in_comment = false;
  while (i < body.size()) {
    if (i == line_start) {
      span_ticks = 0;  // only a span that closes on its own line is opened: one over two lines is rare
      auto [c, n] = fence_at(body, i);
      if (!fence.first && c && !in_comment)
        fence = {c, n};
      else if (fence.first && c == fence.first && n >= fence.second && blank_after(body, body.find(c, i) + n))
        fence = {0, 0};
    }
    if (body[i] == '\n') {
      out.text += '\n';
      ++line;
      line_start = ++i;
      continue;
    }
    if (body.compare(i, 3, "{{<") != 0) {
      if (!known_names.empty() && !fence.first) {
        if (body[i] == '`' && !in_comment) {
          std::size_t n = ticks_at(body, i);
          if (span_ticks == n)
            span_ticks = 0;
          else if (!span_ticks && span_closes(body, i + n, n))
            span_ticks = n;
          out.text += body.substr(i, n);
          i += n;
          continue;
        }
        if (!span_ticks && body.compare(i, 4, "<!--") == 0) in_comment = true;
        if (in_comment && body.compare(i, 3, "-->") == 0) in_comment = false;
        if (!span_ticks && !in_comment && body.compare(i, 2, "{{") == 0) {
          std::string meant = literal_shortcode(body, i, known_names);
          if (!meant.empty())
            diags.warning({file, line, static_cast<int>(i - line_start) + 1},
                          fmt::format("lijkt een shortcode maar mist < >: schrijf {}", meant));
        }
      }
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
