// The command line of a subcommand, parsed the same way for build, check,
// serve, new, import and pdf: positional arguments, `--optie WAARDE`,
// `--optie=WAARDE`, flags, and one Dutch message for every kind of misuse.
// Every option is spelled in Dutch (`--uitvoer`); its English spelling
// (`--output`) is accepted as an alias, so scripts and habits from other
// tools keep working while help and messages speak one language.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace spiegel {

/// One option a subcommand knows.
struct OptionSpec {
  std::string name;         ///< "--uitvoer": the Dutch spelling, shown in help and messages
  std::string short_name;   ///< "-o", or empty
  bool takes_value = true;  ///< false: a flag
  /// The message when the value is missing or empty, as "--uitvoer vraagt om een map".
  std::string value_needed;
  std::vector<std::string> aliases;  ///< other spellings that mean the same, as the English "--output"
};

struct Arguments {
  std::vector<std::string> positional;
  std::map<std::string, std::string> values;  ///< by the option's name (not an alias); a flag has ""

  /// The value of `name` ("--uitvoer"), if given under its name or an alias.
  std::optional<std::string> value(const std::string& name) const;
  bool has(const std::string& name) const { return values.count(name) > 0; }
};

/// Parses `args` against `options`; at most `max_positional` positional
/// arguments. On misuse, `error` holds the message for usage_error: an
/// unknown option (with the nearest known one), a missing value, a value for a
/// flag, or one positional argument too many. A later option of the same name
/// wins.
struct ParseResult {
  Arguments arguments;
  std::string error;  ///< empty when the arguments are usable
};
ParseResult parse_arguments(const std::vector<std::string>& args, const std::vector<OptionSpec>& options,
                            std::size_t max_positional);

}  // namespace spiegel
