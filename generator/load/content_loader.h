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

}  // namespace spiegel
