// Everything the later stages read: the content, its groups and all figures.
#pragma once

#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/diagnostics.h"
#include "compute/benchmark.h"
#include "compute/dataset.h"
#include "compute/groups.h"
#include "model/content.h"

namespace spiegel {

struct SiteData {
  Content content;
  std::vector<Group> groups;    ///< from groepen.yaml, then one referentiegroep per gemeente that has one
  Dataset data;                 ///< observations, computed indicators and group aggregates
  Benchmark benchmark;          ///< derived figures and the indexes to find groups
  Period peilperiode;           ///< from spiegel.yaml, else the latest period in the data
  std::vector<Period> periods;  ///< every period in the data, oldest first

  /// With `anonimiseren: true`: code → "Gemeente A", … for every gemeente with a report.
  std::map<std::string, std::string> pseudonyms;
  /// The codes of the gemeenten with a report: every list of gemeenten links
  /// these, and looking through the reports for each would cost reports × gemeenten.
  std::unordered_set<std::string> reported;

  /// The name a gemeente (by code) or group (by id) is shown with: its pseudonym when anonymised.
  std::string display_name(const std::string& unit) const;
  /// The code as shown: the pseudonym for an anonymised gemeente (codes would give it away).
  std::string display_code(const std::string& code) const;
  /// The slug of a gemeente's report page: from its pseudonym when anonymised.
  std::string display_slug(const Gemeente& gemeente) const;
  bool anonymised(const std::string& code) const { return pseudonyms.count(code) > 0; }
  const Group* group(const std::string& id) const;
  /// The report's gemeente's referentiegroep: front matter first, then groepen.yaml.
  std::vector<std::string> referentiegroep(const Report& report) const;
};

/// The first half of compute: the content with its groups (from groepen.yaml
/// and one referentiegroep per gemeente), which validate needs to check
/// references. Errors go to `diags`.
SiteData site_with_groups(Content content, Diagnostics& diags);

/// The second half: pseudonyms, the dataset, the periods and the benchmark.
void compute_figures(SiteData& site, Diagnostics& diags);

}  // namespace spiegel
