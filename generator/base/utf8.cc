#include "base/utf8.h"

#include <fmt/format.h>

namespace spiegel {

std::size_t utf8_length(std::string_view s, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  std::size_t len = 0;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (i + len > s.size() || byte(i + 1) < lo || byte(i + 1) > hi) return 0;
  for (std::size_t k = 2; k < len; ++k)
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  return len;
}

std::optional<Utf8Problem> invalid_utf8(std::string_view text) {
  Utf8Problem at;
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    std::size_t len = 1;
    if (c >= 0x80 && (len = utf8_length(text, i)) == 0) {
      at.byte = c;
      return at;
    }
    if (c == '\n') {
      ++at.line;
      at.column = 1;
    } else {
      ++at.column;
    }
    i += len;
  }
  return std::nullopt;
}

std::string invalid_utf8_message(unsigned char byte, std::string_view advice) {
  return fmt::format("ongeldige UTF-8 (byte 0x{:02X}) — {}", byte, advice);
}

std::optional<Diagnostic> utf8_error(std::string_view text, const std::string& file, int first_line,
                                     std::string_view advice) {
  std::optional<Utf8Problem> bad = invalid_utf8(text);
  if (!bad) return std::nullopt;
  return Diagnostic{{file, bad->line + first_line - 1, bad->column}, invalid_utf8_message(bad->byte, advice), {}};
}

std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    std::size_t len = c >= 0x80 ? utf8_length(text, i) : 1;
    // C1 controls (U+0080–U+009F, 0xC2 0x80–0x9F) steer terminals as much as ESC does.
    const bool c1 = len == 2 && c == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0;
    if (len == 0 || (c < 0x20 && c != '\t' && c != '\n') || c == 0x7F || c1) {
      out += fmt::format("\\x{:02X}", c1 ? static_cast<unsigned char>(text[i + 1]) : c);
      i += c1 ? 2 : 1;
      continue;
    }
    out.append(text.substr(i, len));
    i += len;
  }
  return out;
}

}  // namespace spiegel
