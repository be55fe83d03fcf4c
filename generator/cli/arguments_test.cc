#include "cli/arguments.h"

#include <doctest/doctest.h>

using namespace spiegel;

namespace {

const std::vector<OptionSpec> kOptions = {
    {"--output", "-o", true, "--output vraagt om een map"},
    {"--dump-context", "", true, "--dump-context vraagt om een pagina, zoals gemeenten/deventer"},
    {"--stil", "", false, ""},
};

ParseResult parse(const std::vector<std::string>& args) { return parse_arguments(args, kOptions, 1); }

}  // namespace

TEST_CASE("arguments: positional, --optie WAARDE, --optie=WAARDE, a short name and a flag") {
  ParseResult r = parse({"project", "--output", "uit", "--stil"});
  CHECK(r.error.empty());
  CHECK(r.arguments.positional == std::vector<std::string>{"project"});
  CHECK(r.arguments.value("--output") == "uit");
  CHECK(r.arguments.has("--stil"));
  CHECK_FALSE(r.arguments.has("--dump-context"));

  CHECK(parse({"--output=uit"}).arguments.value("--output") == "uit");
  CHECK(parse({"--output=a=b"}).arguments.value("--output") == "a=b");
  CHECK(parse({"-o", "uit"}).arguments.value("--output") == "uit");
  CHECK(parse({"--output", "-x"}).arguments.value("--output") == "-x");  // the next word is the value, whatever it is
  CHECK(parse({"--output", "a", "--output", "b"}).arguments.value("--output") == "b");
  CHECK(parse({}).arguments.positional.empty());
}

TEST_CASE("arguments: an unknown option is an error that names the nearest known one") {
  CHECK(parse({"--outptu", "x"}).error == "onbekende optie '--outptu' — bedoelt u '--output'?");
  CHECK(parse({"--outptu=x"}).error == "onbekende optie '--outptu' — bedoelt u '--output'?");
  CHECK(parse({"--zonder-kaarten"}).error == "onbekende optie '--zonder-kaarten'");
  CHECK(parse_arguments({"-x"}, {}, 1).error == "onbekende optie '-x'");
}

TEST_CASE("arguments: a missing value, a value for a flag and one argument too many are errors") {
  CHECK(parse({"--output"}).error == "--output vraagt om een map");
  CHECK(parse({"--output="}).error == "--output vraagt om een map");
  CHECK(parse({"--dump-context"}).error == "--dump-context vraagt om een pagina, zoals gemeenten/deventer");
  CHECK(parse({"--stil=ja"}).error == "--stil heeft geen waarde");
  CHECK(parse({"a", "b"}).error == "te veel argumenten: 'b'");
  CHECK(parse_arguments({"a", "b", "c", "d"}, {}, 3).error == "te veel argumenten: 'd'");
}
