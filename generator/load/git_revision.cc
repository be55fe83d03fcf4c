#include "load/git_revision.h"

#include <fstream>
#include <optional>

namespace fs = std::filesystem;

namespace spiegel {

namespace {

/// The first line of a small file, without its line end; nullopt when it cannot be read.
std::optional<std::string> first_line(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return std::nullopt;
  std::string line;
  std::getline(in, line);
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
  return line;
}

bool is_commit(const std::string& s) {
  if (s.size() != 40 && s.size() != 64) return false;  // SHA-1 or SHA-256
  for (char c : s)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

/// `ref` (refs/heads/main) in `git_dir` or, for a worktree, in the common folder; "" when not found.
std::string resolve_ref(const fs::path& git_dir, const fs::path& common_dir, const std::string& ref) {
  for (const fs::path& dir : {git_dir, common_dir}) {
    if (auto line = first_line(dir / ref); line && is_commit(*line)) return *line;
  }
  std::ifstream packed(common_dir / "packed-refs", std::ios::binary);
  for (std::string line; std::getline(packed, line);) {
    // "<commit> refs/heads/main"; '#' is the header, '^' a peeled tag.
    std::size_t space = line.find(' ');
    if (space != std::string::npos && line.substr(space + 1) == ref && is_commit(line.substr(0, space)))
      return line.substr(0, space);
  }
  return "";
}

}  // namespace

std::string git_revision(const fs::path& project) {
  fs::path git_dir = project / ".git";
  std::error_code ec;
  if (fs::is_regular_file(git_dir, ec)) {
    // A worktree or submodule: ".git" says where its folder is.
    std::optional<std::string> line = first_line(git_dir);
    if (!line || !line->starts_with("gitdir: ")) return "";
    fs::path target = line->substr(8);
    git_dir = target.is_absolute() ? target : project / target;
  } else if (!fs::is_directory(git_dir, ec)) {
    return "";
  }
  fs::path common_dir = git_dir;
  if (auto common = first_line(git_dir / "commondir")) {
    fs::path c = *common;
    common_dir = c.is_absolute() ? c : git_dir / c;
  }
  std::optional<std::string> head = first_line(git_dir / "HEAD");
  if (!head) return "";
  std::string commit = head->starts_with("ref: ") ? resolve_ref(git_dir, common_dir, head->substr(5))
                       : is_commit(*head)         ? *head
                                                  : "";
  return commit.substr(0, std::min<std::size_t>(commit.size(), 7));
}

}  // namespace spiegel
