// Theme names as writers type them: "De kosten" in one place and "de  kosten"
// in another mean one theme, not two headings in a summary or two sections in
// the list of indicators. The first spelling seen is the one shown.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace spiegel {

/// The name lower case (ASCII), with runs of spaces and tabs as one space and none at either end.
std::string theme_key(std::string_view name);

/// Remembers the first spelling of every theme.
class ThemeNames {
 public:
  /// The spelling to use for `name`: the first one seen with the same key, else `name` itself (now remembered).
  /// `merged` tells whether it differs from `name`, so the caller can warn.
  std::string canonical(const std::string& name, bool& merged);

 private:
  std::map<std::string, std::string> first_;
};

}  // namespace spiegel
