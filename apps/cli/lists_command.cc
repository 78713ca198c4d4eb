// embargo lists stats|show|export|diff: what the loaded lists hold.
#include <fmt/format.h>

#include <iostream>

#include "cli_support.h"
#include "commands.h"
#include "embargo/lists.h"
#include "lists/entity_json.h"
#include "lists/list_diff.h"
#include "lists/list_stats.h"

namespace embargo::cli {
namespace {

struct ListsFlags {
  std::vector<std::string> paths;
  bool json = false;
  std::string id;
  std::string old_path, new_path;
};

}  // namespace

void RegisterListsCommand(CLI::App& app) {
  auto flags = std::make_shared<ListsFlags>();
  CLI::App* lists = app.add_subcommand("lists", "Load official lists and inspect them");
  lists->require_subcommand(1);

  CLI::App* stats = lists->add_subcommand(
      "stats", "Counts by source, regime and kind; names by quality; identifiers by type");
  stats->add_option("paths", flags->paths, "List files or folders (default: the reference set)");
  stats->add_flag("--json", flags->json, "Print JSON instead of text");
  stats->callback([flags] {
    auto snapshots = LoadListsOrFail(flags->paths);
    auto stats = lists::ComputeStats(snapshots);
    if (flags->json)
      std::cout << lists::StatsToJson(stats).dump(2) << "\n";
    else
      std::cout << lists::StatsToText(stats);
  });

  CLI::App* show = lists->add_subcommand("show", "Print one entity as JSON");
  show->add_option("id", flags->id, "Entity id, e.g. un:KPi.040 or ofac:12345")->required();
  show->add_option("--lists", flags->paths, "List files or folders (default: the reference set)");
  show->callback([flags] {
    auto snapshots = LoadListsOrFail(flags->paths);
    bool found = false;
    for (const ListSnapshot& s : snapshots) {
      if (const Entity* e = s.Find(flags->id)) {
        std::cout << lists::EntityToJson(*e).dump(2) << "\n";
        found = true;
      }
    }
    if (!found) Fail(NotFound("no entity with id " + flags->id));
  });

  CLI::App* exp = lists->add_subcommand("export", "Write entities as FollowTheMoney JSON lines");
  exp->add_option("paths", flags->paths, "List files or folders (default: the reference set)");
  exp->callback([flags] {
    for (const ListSnapshot& s : LoadListsOrFail(flags->paths))
      for (const Entity& e : s.entities) std::cout << ToFtmJson(e);
  });

  CLI::App* diff = lists->add_subcommand("diff", "Entities added, removed and changed");
  diff->add_option("old", flags->old_path, "Older list file")->required();
  diff->add_option("new", flags->new_path, "Newer list file")->required();
  diff->add_flag("--json", flags->json, "Print JSON instead of text");
  diff->callback([flags] {
    Result<ListSnapshot> before = LoadList(flags->old_path);
    if (!before.ok()) Fail(before.status());
    Result<ListSnapshot> after = LoadList(flags->new_path);
    if (!after.ok()) Fail(after.status());
    lists::ListDiff d = lists::DiffSnapshots(*before, *after);
    if (flags->json)
      std::cout << lists::DiffToJson(d).dump(2) << "\n";
    else
      std::cout << lists::DiffToText(d);
  });
}

}  // namespace embargo::cli
