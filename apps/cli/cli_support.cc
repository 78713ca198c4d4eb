#include "cli_support.h"

#include <fmt/format.h>

#include <iostream>

#include <CLI/CLI.hpp>

namespace embargo::cli {

void Fail(const Status& status) {
  std::cerr << "embargo: " << status.ToString() << "\n";
  throw CLI::RuntimeError(1);
}

std::vector<ListSnapshot> LoadListsOrFail(std::vector<std::string> paths) {
  if (paths.empty()) paths = ReferenceListPaths(DefaultListsDir());
  Result<std::vector<ListSnapshot>> lists = LoadLists(paths);
  if (!lists.ok()) Fail(lists.status());
  for (const ListSnapshot& s : *lists)
    for (const std::string& w : s.warnings) std::cerr << "warning: " << w << "\n";
  return std::move(*lists);
}

std::shared_ptr<const Screener> LoadScreener(const std::vector<std::string>& paths) {
  auto built = Screener::Build(LoadListsOrFail(paths));
  if (!built.ok()) Fail(built.status());
  const ScreenerStats& s = (*built)->stats();
  std::cerr << fmt::format("indexed {} entities, {} names, {} forms in {:.2f} s\n", s.entities,
                           s.names, s.forms, s.build_seconds);
  return *built;
}

}  // namespace embargo::cli
