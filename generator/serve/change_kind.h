// What a changed file means for the build, as Zola's serve.rs classifies
// changes: a text edit, data, settings or templates each need a different
// part of the pipeline redone.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace spiegel {

/// The kind of a changed file, by its path relative to the project.
enum class ChangeKind {
  none,       ///< not read by the build: editor swap and backup files, hidden files
  text,       ///< content/gemeenten/*.md, content/paginas/*.md
  data,       ///< gemeenten.csv, groepen.yaml, indicatoren.yaml, data/*.csv: the benchmark
  settings,   ///< content/spiegel.yaml
  templates,  ///< anything under templates/
  other,      ///< anything else under content/: rebuilt whole, to be safe
};

/// Classifies `path` ('/'-separated, relative to the project: content/data/kosten.csv).
ChangeKind classify_change(std::string_view path);

}  // namespace spiegel
