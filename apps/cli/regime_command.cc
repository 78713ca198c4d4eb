// embargo regime show <name>: the regime's resolutions, what triggered each and what each added.
#include <iostream>

#include "cli_support.h"
#include "commands.h"
#include "embargo/regime.h"

namespace embargo::cli {

void RegisterRegimeCommand(CLI::App& app) {
  auto name = std::make_shared<std::string>("dprk");
  CLI::App* regime = app.add_subcommand("regime", "Sanctions regimes encoded as rules");
  regime->require_subcommand(1);
  CLI::App* show = regime->add_subcommand(
      "show", "Print the timeline: resolutions, triggers, votes and the measures each added");
  show->add_option("regime", *name,
                   "Regime name (data/regimes/<name>*.yaml) or a regime file; default dprk");
  show->callback([name] {
    Result<std::string> path = FindRegimeFile(*name);
    if (!path.ok()) Fail(path.status());
    Result<Regime> loaded = Regime::Load(*path);
    if (!loaded.ok()) Fail(loaded.status());
    std::cout << RegimeTimeline(*loaded);
  });
}

}  // namespace embargo::cli
