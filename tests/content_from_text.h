// A small monitor written in the test itself: the content files as text,
// loaded and prepared as a build would, without a folder on disk. For the
// unit tests of the stages that need a whole SiteData.
#pragma once

#include <doctest/doctest.h>

#include <string>

#include "load/groups.h"
#include "load/indicators.h"
#include "load/observations.h"
#include "load/registry.h"
#include "site/pipeline.h"

namespace spiegel::testing {

/// The content files, each as its text.
struct ContentText {
  std::string gemeenten;    ///< gemeenten.csv
  std::string groepen;      ///< groepen.yaml; "" for none
  std::string indicatoren;  ///< indicatoren.yaml
  std::string data;         ///< one data/*.csv
};

/// The files loaded, without an error; the caller adds the settings.
inline Content content_from_text(const ContentText& text) {
  Content c;
  Diagnostics d;
  c.registry = load_registry(text.gemeenten, "gemeenten.csv", d);
  if (!text.groepen.empty()) load_groups(text.groepen, "groepen.yaml", c, d);
  c.indicators = load_indicators(text.indicatoren, "indicatoren.yaml", d);
  load_observations(text.data, "data/a.csv", c.observations, d);
  INFO(d.str());
  REQUIRE_FALSE(d.has_errors());
  return c;
}

/// prepare_site, without an error.
inline SiteData prepared(Content c) {
  Diagnostics d;
  SiteData s = prepare_site(std::move(c), d);
  INFO(d.str());
  REQUIRE_FALSE(d.has_errors());
  return s;
}

}  // namespace spiegel::testing
