// Finding shortcodes `{{< naam arg key=waarde >}}` in Markdown, with their
// positions, before anything is rendered: parse first, evaluate later.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"

namespace spiegel {

/// One shortcode as written.
struct ShortcodeCall {
  std::string name;
  std::vector<std::string> positional;       ///< arguments without '='
  std::map<std::string, std::string> named;  ///< key=value arguments
  std::string source;                        ///< the shortcode as written, for code spans
  SourceLoc loc;
};

/// The Markdown with each shortcode replaced by a placeholder, and the calls in order.
struct ShortcodeScan {
  std::string text;
  std::vector<ShortcodeCall> calls;
};

/// Replaces every shortcode in `body` by placeholder(i). `first_line` is the
/// file line of body's first line, so positions point into the user's file.
/// `{{ waarde x }}` with one of `known_names` after the braces is what a Hugo
/// writer types by habit; it stays text, with a warning, except in code and
/// comments, which show or hide it on purpose.
ShortcodeScan scan_shortcodes(std::string_view body, const std::string& file, int first_line, Diagnostics& diags,
                              const std::vector<std::string>& known_names = {});

/// The placeholder text for call i: letters and digits only, so Markdown keeps it in one text node.
std::string shortcode_placeholder(std::size_t i);

/// Finds the next placeholder in `text` from `from`; returns its start, sets index and length.
std::size_t find_placeholder(std::string_view text, std::size_t from, std::size_t& index, std::size_t& length);

}  // namespace spiegel
