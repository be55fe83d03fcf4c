#include "chart/svg_text.h"

#include <cmath>
#include <cstdlib>

#include "base/html_escape.h"

namespace spiegel::chart {

void append_tenths(std::string& out, std::int64_t tenths) {
  std::uint64_t a = tenths < 0 ? 0 - static_cast<std::uint64_t>(tenths) : static_cast<std::uint64_t>(tenths);
  if (tenths < 0) out += '-';
  std::uint64_t whole = a / 10, tenth = a % 10;
  // SVG numbers may start with the point: ".5" saves the zero, in every other coordinate of a map.
  if (whole != 0 || tenth == 0) out += std::to_string(whole);
  if (tenth != 0) {
    out += '.';
    out += static_cast<char>('0' + tenth);
  }
}

std::int64_t to_tenths(double v) {
  if (!(v == v)) return 0;  // NaN
  double t = std::round(v * 10);
  // Clamped far beyond any drawing, so that no input overflows.
  constexpr double kLimit = 1e15;
  return static_cast<std::int64_t>(t < -kLimit ? -kLimit : t > kLimit ? kLimit : t);
}

std::string num(double v) {
  std::string out;
  append_tenths(out, to_tenths(v));
  return out;
}

namespace {

/// Widths in em of the wider of the usual sans-serifs (DejaVu Sans rather than Arial): system-ui differs per reader.
double char_em(char32_t c) {
  if (c == ' ' || c == '.' || c == ',' || c == '\'' || c == 'i' || c == 'j' || c == 'l' || c == '|' || c == '!')
    return 0.34;
  if (c == 'f' || c == 't' || c == 'r' || c == 'I' || c == '(' || c == ')' || c == '-' || c == '/') return 0.44;
  if (c == 'm' || c == 'w' || c == 'M' || c == 'W' || c == '%' || c == '@') return 0.98;
  if (c >= 'A' && c <= 'Z') return 0.74;
  if (c >= '0' && c <= '9') return 0.64;
  if (c < 0x80) return 0.62;
  if (c == 0x2026) return 1.0;                 // …
  if (c >= 0x25a0 && c <= 0x25ff) return 0.8;  // ▲ ▼ ●
  return 0.64;
}

/// Decodes one UTF-8 character at `i` and advances `i`; invalid bytes count as one character each.
char32_t next_char(std::string_view s, std::size_t& i) {
  unsigned char c = s[i];
  int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
  if (i + len > s.size()) len = 1;
  char32_t cp = len == 1 ? c : len == 2 ? c & 0x1f : len == 3 ? c & 0x0f : c & 0x07;
  for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3f);
  i += len;
  return cp;
}

}  // namespace

std::string xy(double x, double y) { return num(x).append(" ").append(num(y)); }

double text_width(std::string_view text, double font_size) {
  double em = 0;
  for (std::size_t i = 0; i < text.size();) em += char_em(next_char(text, i));
  return em * font_size;
}

std::string fit_text(std::string_view text, double max_width, double font_size) {
  if (text_width(text, font_size) <= max_width) return std::string(text);
  double room = max_width - text_width("…", font_size), used = 0;
  std::size_t i = 0, end = 0;
  while (i < text.size()) {
    used += char_em(next_char(text, i)) * font_size;
    if (used > room) break;
    end = i;
  }
  std::string out(text.substr(0, end));
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + "…";
}

std::vector<std::string> wrap_text(std::string_view text, double max_width, double font_size, int max_lines) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t space = text.find(' ', i);
    std::string_view word = text.substr(i, space == std::string_view::npos ? std::string_view::npos : space - i);
    i = space == std::string_view::npos ? text.size() : space + 1;
    if (word.empty()) continue;
    std::string joined = line.empty() ? std::string(word) : line + " " + std::string(word);
    if (line.empty() || text_width(joined, font_size) <= max_width || static_cast<int>(lines.size()) + 1 >= max_lines) {
      line = joined;
    } else {
      lines.push_back(line);
      line = std::string(word);
    }
  }
  if (!line.empty() || lines.empty()) lines.push_back(line);
  for (auto& l : lines) l = fit_text(l, max_width, font_size);
  return lines;
}

std::string svg_open(const FigureText& text, double width, double height) {
  const std::string id = escape_html(text.id);
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + num(width) + " " + num(height) +
         "\" role=\"img\" aria-labelledby=\"" + id + "-titel " + id + "-besch\" class=\"grafiek-svg\" font-size=\"" +
         num(kFontSize) + "\">\n" + "<title id=\"" + id + "-titel\">" + escape_html(text.title) +
         "</title>\n<desc id=\"" + id + "-besch\">" + escape_html(text.description) + "</desc>\n";
}

std::string svg_text(double x, double y, std::string_view text, std::string_view attributes) {
  std::string out = "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\"";
  if (!attributes.empty()) out.append(" ").append(attributes);
  out += ">";
  append_escaped(out, text);
  return out + "</text>\n";
}

}  // namespace spiegel::chart
