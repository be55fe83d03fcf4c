#include "serve/change_kind.h"

#include <doctest/doctest.h>

using namespace spiegel;

TEST_CASE("changed files are classified as Zola's serve does") {
  CHECK(classify_change("content/gemeenten/deventer.md") == ChangeKind::text);
  CHECK(classify_change("content/paginas/colofon.md") == ChangeKind::text);
  CHECK(classify_change("content/data/kosten.csv") == ChangeKind::data);
  CHECK(classify_change("content/gemeenten.csv") == ChangeKind::data);
  CHECK(classify_change("content/groepen.yaml") == ChangeKind::data);
  CHECK(classify_change("content/indicatoren.yaml") == ChangeKind::data);
  CHECK(classify_change("content/spiegel.yaml") == ChangeKind::settings);
  CHECK(classify_change("templates/rapport.mustache") == ChangeKind::templates);
  CHECK(classify_change("templates/spiegel.css") == ChangeKind::templates);
  CHECK(classify_change("content/gemeenten/sub/x.md") == ChangeKind::other);
  CHECK(classify_change("content/notities.txt") == ChangeKind::other);
  for (const char* editor : {"content/gemeenten/.deventer.md.swp", "content/gemeenten/deventer.md~",
                             "content/gemeenten/#deventer.md#", "content/gemeenten/4913", "templates/.DS_Store"})
    CHECK(classify_change(editor) == ChangeKind::none);
}
