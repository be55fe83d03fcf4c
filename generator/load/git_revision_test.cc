#include "load/git_revision.h"

#include <doctest/doctest.h>

#include "temp_project.h"

using namespace spiegel;
using spiegel::testing::TempProject;

namespace {

const char* kCommit = "0123456789abcdef0123456789abcdef01234567";

}  // namespace

TEST_CASE("git revision: a branch's commit from a loose ref, from packed-refs, or a detached HEAD") {
  TempProject t;
  CHECK(git_revision(t.root()) == "");  // not a checkout
  t.write(".git/HEAD", "ref: refs/heads/main\n");
  CHECK(git_revision(t.root()) == "");  // a new repository without commits
  t.write(".git/packed-refs", std::string("# pack-refs with: peeled fully-peeled sorted\n") + kCommit +
                                  " refs/heads/main\n^fedcba9876543210fedcba9876543210fedcba98\n");
  CHECK(git_revision(t.root()) == "0123456");
  t.write(".git/refs/heads/main", "abcdef0123456789abcdef0123456789abcdef01\n");
  CHECK(git_revision(t.root()) == "abcdef0");  // a loose ref is newer than the packed one
  t.write(".git/HEAD", "fedcba9876543210fedcba9876543210fedcba98\n");
  CHECK(git_revision(t.root()) == "fedcba9");
}

TEST_CASE("git revision: a worktree, whose .git file names its folder and the common refs") {
  TempProject t;
  t.write("repo/.git/packed-refs", std::string(kCommit) + " refs/heads/pdf\n");
  t.write("repo/.git/worktrees/wt/HEAD", "ref: refs/heads/pdf\n");
  t.write("repo/.git/worktrees/wt/commondir", "../..\n");
  t.write("wt/.git", "gitdir: " + (t.root() / "repo/.git/worktrees/wt").string() + "\n");
  CHECK(git_revision(t.root() / "wt") == "0123456");
}
