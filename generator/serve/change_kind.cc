#include "serve/change_kind.h"

namespace spiegel {

namespace {

std::string_view file_name(std::string_view path) {
  std::size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

/// Files editors write beside the real one: .deventer.md.swp, deventer.md~,
/// #deventer.md#, vim's probe file 4913. Reacting to them would rebuild twice.
bool is_editor_file(std::string_view name) {
  return name.empty() || name.front() == '.' || name.front() == '#' || name.back() == '~' || name == "4913" ||
         name.ends_with(".swp") || name.ends_with(".swx") || name.ends_with(".tmp");
}

bool in_folder(std::string_view path, std::string_view folder, std::string_view ext) {
  if (!path.starts_with(folder)) return false;
  std::string_view rest = path.substr(folder.size());
  return rest.find('/') == std::string_view::npos && rest.ends_with(ext);
}

}  // namespace

ChangeKind classify_change(std::string_view path) {
  if (is_editor_file(file_name(path))) return ChangeKind::none;
  if (path.starts_with("templates/")) return ChangeKind::templates;
  if (in_folder(path, "content/gemeenten/", ".md") || in_folder(path, "content/paginas/", ".md"))
    return ChangeKind::text;
  if (path == "content/spiegel.yaml") return ChangeKind::settings;
  if (path == "content/gemeenten.csv" || path == "content/groepen.yaml" || path == "content/indicatoren.yaml" ||
      in_folder(path, "content/data/", ".csv"))
    return ChangeKind::data;
  return ChangeKind::other;
}

}  // namespace spiegel
