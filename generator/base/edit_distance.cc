#include "base/edit_distance.h"

#include <algorithm>

namespace spiegel {

int edit_distance(std::string_view a, std::string_view b, int max_distance) {
  // One row of the classic dynamic programme; the row minimum lets us stop
  // as soon as no path can come back under max_distance.
  std::vector<int> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    int diagonal = row[0];
    row[0] = static_cast<int>(i);
    int best = row[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      int above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
      best = std::min(best, row[j]);
    }
    if (best > max_distance) return max_distance + 1;
  }
  return row[b.size()];
}

std::string suggest(std::string_view wrong, const std::vector<std::string>& candidates) {
  // A third of the length, at least 2: 'jeugdhulp_pc' finds 'jeugdhulp_pct',
  // but 'x' does not find 'aantal'.
  int limit = std::max<int>(2, static_cast<int>(wrong.size()) / 3);
  std::string best;
  int best_distance = limit + 1;
  for (const std::string& c : candidates) {
    int d = edit_distance(wrong, c, limit);
    // A candidate that starts with what was typed is a likely abbreviation.
    if (d > limit && c.size() > wrong.size() && wrong.size() >= 4 && c.compare(0, wrong.size(), wrong) == 0) d = limit;
    if (d < best_distance) {
      best_distance = d;
      best = c;
    }
  }
  return best;
}

}  // namespace spiegel
