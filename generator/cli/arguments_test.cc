#include "cli/arguments.h"

#include <doctest/doctest.h>

using namespace spiegel;

namespace {

const std::vector<OptionSpec> kOptions = {
    {"--uitvoer", "-o", true, "--uitvoer vraagt om een map", {"--output"}},
    {"--context", "", true, "--context vraagt om een pagina, zoals gemeenten/deventer", {"--dump-context"}},
    {"--stil", "", false, "", {"--quiet"}},
};

ParseResult parse(const std::vector<std::string>& args) { return parse_arguments(args, kOptions, 1); }

}  // namespace

TEST_CASE("arguments: positional, --optie WAARDE, --optie=WAARDE, a short name and a flag") {
  ParseResult r = parse({"project", "--uitvoer", "uit", "--stil"});
  CHECK(r.error.empty());
  CHECK(r.arguments.positional == std::vector<std::string>{"project"});
  CHECK(r.arguments.value("--uitvoer") == "uit");
  CHECK(r.arguments.has("--stil"));
  CHECK_FALSE(r.arguments.has("--context"));

  CHECK(parse({"--uitvoer=uit"}).arguments.value("--uitvoer") == "uit");
  CHECK(parse({"--uitvoer=a=b"}).arguments.value("--uitvoer") == "a=b");
  CHECK(parse({"-o", "uit"}).arguments.value("--uitvoer") == "uit");
  CHECK(parse({"--uitvoer", "-x"}).arguments.value("--uitvoer") == "-x");  // the next word is the value, whatever it is
  CHECK(parse({"--uitvoer", "a", "--uitvoer", "b"}).arguments.value("--uitvoer") == "b");
  CHECK(parse({}).arguments.positional.empty());
}

TEST_CASE("arguments: the English spelling is an alias of the Dutch one, in every form") {
  CHECK(parse({"--output", "uit"}).arguments.value("--uitvoer") == "uit");
  CHECK(parse({"--output=uit"}).arguments.value("--uitvoer") == "uit");
  CHECK(parse({"--dump-context", "gemeenten/aa"}).arguments.value("--context") == "gemeenten/aa");
  CHECK(parse({"--quiet"}).arguments.has("--stil"));
  // Both spellings are one option: the later one wins, as for one spelling twice.
  CHECK(parse({"--uitvoer", "a", "--output", "b"}).arguments.value("--uitvoer") == "b");
  CHECK_FALSE(parse({"--output", "uit"}).arguments.has("--output"));
}

TEST_CASE("arguments: an unknown option is an error that names the nearest known one") {
  CHECK(parse({"--uitvor", "x"}).error == "onbekende optie '--uitvor' — bedoelt u '--uitvoer'?");
  CHECK(parse({"--outptu", "x"}).error == "onbekende optie '--outptu' — bedoelt u '--output'?");
  CHECK(parse({"--outptu=x"}).error == "onbekende optie '--outptu' — bedoelt u '--output'?");
  CHECK(parse({"--zonder-kaarten"}).error == "onbekende optie '--zonder-kaarten'");
  CHECK(parse_arguments({"-x"}, {}, 1).error == "onbekende optie '-x'");
}

TEST_CASE("arguments: a missing value, a value for a flag and one argument too many are errors") {
  CHECK(parse({"--uitvoer"}).error == "--uitvoer vraagt om een map");
  CHECK(parse({"--output="}).error == "--uitvoer vraagt om een map");
  CHECK(parse({"--context"}).error == "--context vraagt om een pagina, zoals gemeenten/deventer");
  CHECK(parse({"--stil=ja"}).error == "--stil heeft geen waarde");
  CHECK(parse({"a", "b"}).error == "te veel argumenten: 'b'");
  CHECK(parse_arguments({"a", "b", "c", "d"}, {}, 3).error == "te veel argumenten: 'd'");
}
