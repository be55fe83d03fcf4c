#include "cli/arguments.h"

#include <fmt/format.h>

#include <algorithm>

#include "base/edit_distance.h"

namespace spiegel {

std::optional<std::string> Arguments::value(const std::string& name) const {
  auto it = values.find(name);
  return it == values.end() ? std::nullopt : std::optional<std::string>(it->second);
}

ParseResult parse_arguments(const std::vector<std::string>& args, const std::vector<OptionSpec>& options,
                            std::size_t max_positional) {
  ParseResult out;
  auto fail = [&](std::string message) {
    out.error = std::move(message);
    return out;
  };
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (!a.starts_with("-")) {
      if (out.arguments.positional.size() >= max_positional) return fail(fmt::format("te veel argumenten: '{}'", a));
      out.arguments.positional.push_back(a);
      continue;
    }
    // --optie=WAARDE: the name is what comes before the first '='.
    std::string name = a;
    std::optional<std::string> inline_value;
    if (auto eq = a.find('='); a.starts_with("--") && eq != std::string::npos) {
      name = a.substr(0, eq);
      inline_value = a.substr(eq + 1);
    }
    const OptionSpec* spec = nullptr;
    for (const OptionSpec& o : options)
      if (name == o.name || (!o.short_name.empty() && name == o.short_name) ||
          std::find(o.aliases.begin(), o.aliases.end(), name) != o.aliases.end())
        spec = &o;
    if (!spec) {
      // A typo of the English spelling is suggested as typed: '--outptu' → '--output'.
      std::vector<std::string> names;
      for (const OptionSpec& o : options) {
        names.push_back(o.name);
        names.insert(names.end(), o.aliases.begin(), o.aliases.end());
      }
      std::string s = suggest(name, names);
      return fail(fmt::format("onbekende optie '{}'{}", name, s.empty() ? "" : fmt::format(" — bedoelt u '{}'?", s)));
    }
    if (!spec->takes_value) {
      if (inline_value) return fail(fmt::format("{} heeft geen waarde", spec->name));
      out.arguments.values[spec->name] = "";
      continue;
    }
    std::optional<std::string> value = inline_value;
    if (!value && i + 1 < args.size()) value = args[++i];
    if (!value || value->empty()) return fail(spec->value_needed);
    out.arguments.values[spec->name] = *value;
  }
  return out;
}

}  // namespace spiegel
