// The load stage: read a project's content/ into the typed model.
#pragma once

#include <filesystem>

#include "base/diagnostics.h"
#include "model/content.h"

namespace spiegel {

/// Reads DIR/content/ whole. Problems go to `diags`; the model is as complete
/// as the files allow, so that validation can report more at once. A link in
/// content/ is such a problem and is never read (base/project_folder.h).
Content load_content(const std::filesystem::path& dir, Diagnostics& diags);

/// Moves the texts marked `concept: true` out of the reports and pages into
/// `concepts_left_out`: a published site has no trace of them, neither a page
/// nor a card, a link or a line in the open data, and their figures are not
/// asked for, so an unfinished text cannot stop a build.
void leave_out_concepts(Content& content);

}  // namespace spiegel
