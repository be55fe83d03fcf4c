// One error type for every stage: where (file, line, column), what (Dutch),
// and what was probably meant. Stages add to a Diagnostics list and go on, so
// a researcher sees all problems of a build at once, not one per run. A
// warning is kept apart: it is shown, but does not stop the build.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace spiegel {

/// A place in a user's file; line and column are 1-based, 0 means unknown.
struct SourceLoc {
  std::string file;
  int line = 0;
  int column = 0;
};

/// One problem found in the user's content or templates.
struct Diagnostic {
  SourceLoc loc;
  std::string message;     ///< Dutch, without location or suggestion
  std::string suggestion;  ///< nearest valid name, empty when none is close
  bool warning = false;    ///< shown as "waarschuwing:" instead of "fout:"
  bool strict = false;     ///< a warning that counts as an error in a strict build: "fout (strikt):"

  /// "content/data/a.csv:12:3: fout: onbekende indicator 'x' — bedoelt u 'y'?"
  std::string str() const;
};

/// Collects diagnostics up to a limit, so a broken file does not flood the terminal.
class Diagnostics {
 public:
  static constexpr std::size_t kLimit = 50;

  void error(SourceLoc loc, std::string message, std::string suggestion = {});
  /// Something the writer should know that does not stop the build.
  void warning(SourceLoc loc, std::string message);
  /// An error, or a warning when d.warning is set.
  void add(Diagnostic d);
  bool has_errors() const { return count_ > 0; }
  /// Every error seen, including those past the limit that were not kept.
  std::size_t count() const { return count_; }
  const std::vector<Diagnostic>& all() const { return kept_; }
  /// The kept errors, one per line, and a line saying how many were left out.
  std::string str() const;
  /// The warnings, up to the same limit; they never count as errors.
  const std::vector<Diagnostic>& warnings() const { return warnings_; }
  /// The kept warnings, one per line, like str().
  std::string warnings_str() const;
  /// Every warning seen, including those past the limit.
  std::size_t warning_count() const { return warning_count_; }
  /// Adds everything `other` collected, as if it had been added here, in its
  /// order (work done in parallel collects its own, merged in order after).
  void merge(const Diagnostics& other);
  /// Makes every warning so far an error, marked strict: a strict build
  /// refuses a site that would show a warning (site/pipeline.h, BuildOptions).
  void promote_warnings();

 private:
  std::vector<Diagnostic> kept_;
  std::size_t count_ = 0;
  std::vector<Diagnostic> warnings_;
  std::size_t warning_count_ = 0;
};

/// Thrown where going on makes no sense (an unreadable file, a template that
/// does not parse); carries the same information as a Diagnostic.
struct Error {
  Diagnostic diagnostic;
};

}  // namespace spiegel
