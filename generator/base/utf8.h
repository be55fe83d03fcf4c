// UTF-8 as content files must be: every text Spiegel reads is UTF-8, and a
// byte that is not would reach the pages and messages as it is.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "base/diagnostics.h"

namespace spiegel {

/// Length of the valid UTF-8 sequence at s[i] (a byte >= 0x80), 0 when invalid:
/// overlong forms, surrogates and code points past U+10FFFF are refused.
std::size_t utf8_length(std::string_view s, std::size_t i);

/// Where the first byte that is not UTF-8 is: 1-based line and column (in characters).
struct Utf8Problem {
  int line = 1, column = 1;
  unsigned char byte = 0;
};
std::optional<Utf8Problem> invalid_utf8(std::string_view text);

/// "ongeldige UTF-8 (byte 0xE9) — <advice>": the one wording for every kind of
/// file; `advice` says how to save it right (for CSV, how Excel does it).
std::string invalid_utf8_message(unsigned char byte, std::string_view advice = "sla het bestand op als UTF-8");

/// That error at the first byte of `text` that is not UTF-8, or nullopt;
/// `first_line` is the file line of the text's first line (front matter: 2).
std::optional<Diagnostic> utf8_error(std::string_view text, const std::string& file, int first_line = 1,
                                     std::string_view advice = "sla het bestand op als UTF-8");

/// `text` for a terminal: control characters (NUL, escape sequences, bells) and
/// bytes that are not UTF-8 written as \x1B, so a message shows what is there
/// and never steers the terminal. A tab stays.
std::string printable(std::string_view text);

}  // namespace spiegel
